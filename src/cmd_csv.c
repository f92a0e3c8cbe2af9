/*
** cmd_csv.c — spreadsheets and published FOIA logs in (import --csv) and
** matters out as CSV (export --csv, list --csv).
**
** An imported row is a NEW fact in this database, so unlike the JSON Lines
** restore it goes through the lifecycle layer: matter_create (deadlines from
** the row's rule and trigger date, as 'add' computes them), then the row's
** status (matter_set_status, matter_toll, matter_extend), tags (matter_tag)
** and, with --key, a later file's changes as matter_edit / matter_set_status
** with their history rows. The file is read twice: a first pass checks every
** row (fields, dates, statuses, agencies, keys) and writes nothing, so a bad
** row or an unmapped status is refused before anything is written; the
** second pass writes, in one transaction.
**
** Presets (column lists as published):
**   muckrock: MuckRock's request export, the fields of MuckRock's API
**     example export_foia.py (github.com/MuckRock/API-examples): id, user,
**     title, slug, status, jurisdiction, agency, date_submitted, date_done,
**     date_due, days_until_due, date_followup, embargo, date_embargo, price,
**     description, tracking_id, tags.
**   sflf: the Standard FOIA Log Format 1.5.0 (MuckRock's SFLF
**     specification): request id, requester, requester organization,
**     subject, date requested, date perfected, date completed, status,
**     exemptions cited, fee category, fee waiver, fees charged, processed
**     under privacy act.
*/
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "deadline.h"
#include "exchange.h"
#include "matter.h"
#include "store_exchange.h"
#include "store_ics.h"
#include "util.h"

/* Append room to a growable array. */
#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) >= (cap)) {                                                                            \
      (cap) = (cap) ? (cap)*2 : 8;                                                                 \
      (arr) = xrealloc((arr), (cap) * sizeof *(arr));                                              \
    }                                                                                              \
  } while (0)

enum field {
  F_KEY,
  F_KIND,
  F_FROM,
  F_REQUESTER,
  F_TO,
  F_SUBJECT,
  F_DESCRIPTION,
  F_TRACKING,
  F_TRIGGER,
  F_RULE,
  F_DAYS,
  F_DUE,
  F_STATUS,
  F_CLOSED,
  F_TAGS,
  F_COUNT
};

static const char *const field_names[F_COUNT] = {
    "key",          "kind", "from", "requester", "to",     "subject", "description", "tracking",
    "trigger_date", "rule", "days", "due",       "status", "closed",  "tags"};

struct map_entry {
  const char *from, *to;
};

struct preset {
  const char *name;
  struct map_entry fields[12]; /* field -> the preset's column */
  struct map_entry statuses[16];
};

/* The words MuckRock uses for a request's status (its API and exports), and
   what each is in pubrec. 'started' (a draft never sent) has no mapping: it
   is not a request yet, and is refused unless --status-map says otherwise. */
static const struct preset presets[] = {
    {"muckrock",
     {{"key", "id"},
      {"subject", "title"},
      {"status", "status"},
      {"to", "agency"},
      {"trigger_date", "date_submitted"},
      {"closed", "date_done"},
      {"tracking", "tracking_id"},
      {"description", "description"},
      {"tags", "tags"},
      {NULL, NULL}},
     {{"submitted", "open"},
      {"ack", "acknowledged"},
      {"processed", "acknowledged"},
      {"appealing", "appealed"},
      {"fix", "tolled"},
      {"payment", "tolled"},
      {"lawsuit", "escalated"},
      {"rejected", "denied"},
      {"no_docs", "refused"},
      {"done", "fulfilled"},
      {"partial", "partial"},
      {"abandoned", "withdrawn"},
      {NULL, NULL}}},
    {"sflf",
     {{"key", "request id"},
      {"requester", "requester"},
      {"subject", "subject"},
      {"trigger_date", "date requested"},
      {"closed", "date completed"},
      {"status", "status"},
      {NULL, NULL}},
     {{"processed", "acknowledged"},
      {"appealing", "appealed"},
      {"fix", "tolled"},
      {"payment", "tolled"},
      {"lawsuit", "escalated"},
      {"rejected", "denied"},
      {"no_docs", "refused"},
      {"done", "fulfilled"},
      {"partial", "partial"},
      {"abandoned", "withdrawn"},
      {"", "open"},
      {NULL, NULL}}},
};

/* A status word of the file and what it becomes (or, unmapped, how often). */
struct word {
  char *word;
  const char *status; /* NULL: unmapped */
  long count, first_line;
};

/* A 64-bit hash set: keys seen in the file (duplicates refused). */
struct hset {
  uint64_t *slot;
  size_t cap, n;
};

static uint64_t hash_str(const char *s)
{
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h ? h : 1;
}

/* Add h; 1 if it was there already. */
static int hset_add(struct hset *s, uint64_t h)
{
  if ((s->n + 1) * 2 > s->cap) {
    struct hset g = {xcalloc(s->cap ? s->cap * 2 : 1024, sizeof(uint64_t)),
                     s->cap ? s->cap * 2 : 1024, 0};
    for (size_t i = 0; i < s->cap; i++)
      if (s->slot[i])
        hset_add(&g, s->slot[i]);
    free(s->slot);
    *s = g;
  }
  size_t i = (size_t)h & (s->cap - 1);
  while (s->slot[i]) {
    if (s->slot[i] == h)
      return 1;
    i = (i + 1) & (s->cap - 1);
  }
  s->slot[i] = h;
  s->n++;
  return 0;
}

struct csv_job {
  struct ctx *c;
  const char *path;
  const struct opt_parsed *p;
  const struct preset *preset;
  const char *date_format;
  const char *status_default;
  int create_agencies, dry;
  /* from the header */
  char **cols;
  size_t ncols;
  int col[F_COUNT];         /* column index, or -1 */
  const char *set[F_COUNT]; /* --set value, or NULL */
  int header_seen;
  /* pass 1 */
  struct word *words;
  size_t nwords, capwords;
  struct hset keys;
  char **new_agencies; /* names to create */
  size_t nnew, capnew;
  char **rules_known; /* rules found known (few: a file names a handful) */
  size_t nrules, caprules;
  char **cache_name, **cache_code; /* agencies found, by the file's value */
  size_t ncache, capcache, capcache2;
  long rows;
  /* pass 2 */
  int pass;
  struct life life;
  char **created_codes; /* codes made for new_agencies, same order */
  long added, changed, unchanged, notes;
  struct progress progress;
};

/* ---- options ------------------------------------------------------------- */

static int field_index(const char *name)
{
  for (int i = 0; i < F_COUNT; i++)
    if (strcmp(field_names[i], name) == 0)
      return i;
  return -1;
}

static char *field_list(void)
{
  struct buf b = {0};
  for (int i = 0; i < F_COUNT; i++)
    buf_addf(&b, "%s%s", i ? ", " : "", field_names[i]);
  return buf_detach(&b, NULL);
}

static int column_index(const struct csv_job *j, const char *name)
{
  for (size_t i = 0; i < j->ncols; i++)
    if (strcmp(j->cols[i], name) == 0)
      return (int)i;
  for (size_t i = 0; i < j->ncols; i++) /* then ignoring case and spaces around */
    if (strcasecmp(j->cols[i], name) == 0)
      return (int)i;
  return -1;
}

static char *column_list(const struct csv_job *j)
{
  struct buf b = {0};
  for (size_t i = 0; i < j->ncols; i++)
    buf_addf(&b, "%s'%s'", i ? ", " : "", j->cols[i]);
  return buf_detach(&b, NULL);
}

static int unknown_field(const char *opt, const char *name)
{
  char *l = field_list();
  int rc = usage_error("%s: unknown field '%s' (pubrec's fields: %s)", opt, name, l);
  free(l);
  return rc;
}

/* Apply the preset, pubrec's own names, --map, --key and --set to the header. */
static int settle_columns(struct csv_job *j)
{
  for (int f = 0; f < F_COUNT; f++)
    j->col[f] = -1;
  if (j->preset)
    for (const struct map_entry *m = j->preset->fields; m->from; m++)
      j->col[field_index(m->from)] = column_index(j, m->to);
  for (int f = 0; f < F_COUNT; f++)
    if (j->col[f] < 0)
      j->col[f] = column_index(j, field_names[f]);
  size_t n;
  const char *const *maps = opt_all(j->p, "map", &n);
  for (size_t i = 0; i < n; i++) {
    char *spec = xstrdup(maps[i]), *save = NULL;
    int rc = 0;
    for (char *tok = strtok_r(spec, ",", &save); tok && rc == 0; tok = strtok_r(NULL, ",", &save)) {
      char *eq = strchr(tok, '=');
      if (!eq) {
        rc = usage_error("--map wants FIELD=COLUMN, not '%s'", tok);
        break;
      }
      *eq = 0;
      int f = field_index(tok);
      if (f < 0) {
        rc = unknown_field("--map", tok);
        break;
      }
      int ci = column_index(j, eq + 1);
      if (ci < 0) {
        char *cl = column_list(j);
        rc = error("--map %s=%s: %s has no column '%s' (its columns: %s)", tok, eq + 1, j->path,
                   eq + 1, cl);
        free(cl);
        break;
      }
      j->col[f] = ci;
    }
    free(spec);
    if (rc)
      return rc;
  }
  const char *key = opt_get(j->p, "key");
  if (key) {
    int ci = column_index(j, key);
    if (ci < 0) {
      char *cl = column_list(j);
      int rc = error("--key %s: %s has no column '%s' (its columns: %s)", key, j->path, key, cl);
      free(cl);
      return rc;
    }
    j->col[F_KEY] = ci;
  } else if (!j->preset && !opt_all(j->p, "map", &n)) {
    /* pubrec's own 'key' column counts only when asked for or preset */
  }
  const char *const *sets = opt_all(j->p, "set", &n);
  for (size_t i = 0; i < n; i++) {
    const char *eq = strchr(sets[i], '=');
    if (!eq)
      return usage_error("--set wants FIELD=VALUE, not '%s'", sets[i]);
    char *name = xstrndup(sets[i], (size_t)(eq - sets[i]));
    int f = field_index(name);
    int rc = f < 0 ? unknown_field("--set", name) : 0;
    free(name);
    if (rc)
      return rc;
    j->set[f] = eq + 1;
    j->col[f] = -1;
  }
  if (j->set[F_FROM] || j->col[F_FROM] >= 0) {
    if (!j->set[F_REQUESTER])
      j->col[F_REQUESTER] = -1;
  }
  static const int required[] = {F_SUBJECT, F_TRIGGER, F_TO};
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
    int f = required[i];
    if (j->col[f] < 0 && !j->set[f]) {
      char *cl = column_list(j);
      int rc = error("%s: no column for '%s' (map one with --map %s=COLUMN, or --set %s=VALUE; "
                     "its columns: %s)",
                     j->path, field_names[f], field_names[f], field_names[f], cl);
      free(cl);
      return rc;
    }
  }
  if (j->col[F_FROM] < 0 && !j->set[F_FROM] && j->col[F_REQUESTER] < 0 && !j->set[F_REQUESTER])
    return error("%s: no column for 'from' (who asked: --set from=CODE, or --map from=COLUMN "
                 "or requester=COLUMN)",
                 j->path);
  return 0;
}

/* The status words: the preset's, then --status-map (VALUE=STATUS,... or a
   file of such lines). */
static int add_word(struct csv_job *j, const char *word, const char *status, const char *where)
{
  const struct status_def *d = status_find(status);
  if (!d)
    return usage_error("%s: '%s' is not a status (see 'pubrec statuses')", where, status);
  for (size_t i = 0; i < j->nwords; i++)
    if (strcasecmp(j->words[i].word, word) == 0) {
      j->words[i].status = d->name;
      return 0;
    }
  GROW(j->words, j->nwords, j->capwords);
  j->words[j->nwords++] = (struct word){xstrdup(word), d->name, 0, 0};
  return 0;
}

static int add_status_pairs(struct csv_job *j, char *text, const char *sep, const char *where)
{
  char *save = NULL;
  for (char *tok = strtok_r(text, sep, &save); tok; tok = strtok_r(NULL, sep, &save)) {
    while (isspace((unsigned char)*tok))
      tok++;
    if (!*tok || *tok == '#')
      continue;
    char *eq = strchr(tok, '=');
    if (!eq)
      return usage_error("%s: want VALUE=STATUS, not '%s'", where, tok);
    *eq = 0;
    for (size_t k = strlen(tok); k && isspace((unsigned char)tok[k - 1]);)
      tok[--k] = 0;
    char *st = eq + 1;
    while (isspace((unsigned char)*st))
      st++;
    size_t n = strlen(st);
    while (n && isspace((unsigned char)st[n - 1]))
      st[--n] = 0;
    if (add_word(j, tok, st, where) != 0)
      return -2;
  }
  return 0;
}

static int settle_statuses(struct csv_job *j)
{
  if (j->preset)
    for (const struct map_entry *m = j->preset->statuses; m->from; m++)
      add_word(j, m->from, m->to, "preset");
  size_t n;
  const char *const *maps = opt_all(j->p, "status-map", &n);
  for (size_t i = 0; i < n; i++) {
    int rc;
    if (!strchr(maps[i], '=')) {
      size_t len;
      char *text = read_file(maps[i], &len);
      if (!text)
        return error("--status-map %s: cannot read that file (give VALUE=STATUS,... or a file "
                     "of VALUE=STATUS lines)",
                     maps[i]);
      char *where = xasprintf("--status-map %s", maps[i]);
      rc = add_status_pairs(j, text, "\n", where);
      free(where);
      free(text);
    } else {
      char *spec = xstrdup(maps[i]);
      rc = add_status_pairs(j, spec, ",", "--status-map");
      free(spec);
    }
    if (rc)
      return rc;
  }
  if (j->status_default && !status_find(j->status_default))
    return usage_error("--status-default: '%s' is not a status (see 'pubrec statuses')",
                       j->status_default);
  return 0;
}

/* ---- values ---------------------------------------------------------------- */

static const char *value(const struct csv_job *j, char **fields, int f)
{
  if (j->set[f])
    return j->set[f];
  if (j->col[f] < 0)
    return NULL;
  const char *v = fields[j->col[f]];
  return v && *v ? v : NULL;
}

/* A date in the --date-format (YYYY, YY, MM, M, DD, D and literal
   separators; a time after the date is ignored) as YYYY-MM-DD in out.
   0, or -1 when it does not parse or does not exist. */
static int parse_date(const char *fmt, const char *s, char out[11])
{
  int y = -1, m = -1, d = -1;
  const char *f = fmt ? fmt : "YYYY-MM-DD";
  while (*f) {
    int want = 0, maxd = 2, *dst = NULL;
    if (strncmp(f, "YYYY", 4) == 0)
      dst = &y, want = 4, maxd = 4, f += 4;
    else if (strncmp(f, "YY", 2) == 0)
      dst = &y, want = 2, maxd = 2, f += 2;
    else if (strncmp(f, "MM", 2) == 0 || strncmp(f, "DD", 2) == 0)
      dst = *f == 'M' ? &m : &d, want = 1, f += 2;
    else if (*f == 'M' || *f == 'D')
      dst = *f == 'M' ? &m : &d, want = 1, f += 1;
    if (dst) {
      int v = 0, k = 0;
      while (k < maxd && isdigit((unsigned char)s[k]))
        v = v * 10 + (s[k] - '0'), k++;
      if (k < want || (want == 4 && k != 4))
        return -1;
      if (dst == &y && want == 2)
        v += v < 70 ? 2000 : 1900;
      *dst = v;
      s += k;
    } else {
      if (*s != *f)
        return -1;
      s++, f++;
    }
  }
  if (*s && *s != 'T' && *s != ' ')
    return -1;
  if (y < 0 || m < 0 || d < 0)
    return -1;
  if (y > 9999 || m > 99 || d > 99)
    return -1;
  snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
  dl_day day;
  return dl_parse_date(out, &day) == 0 ? 0 : -1;
}

static struct word *find_word(struct csv_job *j, const char *w)
{
  for (size_t i = 0; i < j->nwords; i++)
    if (strcasecmp(j->words[i].word, w) == 0)
      return &j->words[i];
  return NULL;
}

/* The row's status in pubrec (NULL: unmapped). Empty: open. */
static const char *row_status(struct csv_job *j, const char *v)
{
  if (!v)
    v = "";
  struct word *w = find_word(j, v);
  if (w && w->status)
    return w->status;
  const struct status_def *d = status_find(v);
  if (d)
    return d->name;
  if (!*v)
    return "open";
  return j->status_default;
}

/* A code for a new agency: the abbreviation in parentheses when the name
   has one ("Federal Bureau of Investigation (FBI)"), else the initials of
   its words ("Denver Police Department" -> DPD), made unique with -2, -3. */
static char *agency_code(struct csv_job *j, const char *name)
{
  struct buf b = {0};
  /* A name that is already a code (capitals, digits, - and _) stays itself. */
  int is_code = *name != 0;
  for (const char *p = name; *p; p++)
    is_code &= isupper((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-' || *p == '_';
  if (is_code)
    buf_adds(&b, name);
  const char *open = strrchr(name, '('), *close = open ? strchr(open, ')') : NULL;
  if (b.len == 0 && open && close && close > open + 1) {
    for (const char *p = open + 1; p < close; p++)
      if (isalnum((unsigned char)*p))
        buf_addc(&b, (char)toupper((unsigned char)*p));
  }
  if (b.len == 0) {
    int start = 1;
    for (const char *p = name; *p; p++) {
      if (isalnum((unsigned char)*p)) {
        if (start)
          buf_addc(&b, (char)toupper((unsigned char)*p));
        start = 0;
      } else
        start = 1;
    }
  }
  if (b.len == 0)
    buf_adds(&b, "AGENCY");
  char *base = buf_detach(&b, NULL);
  char *code = xstrdup(base);
  for (int n = 2;; n++) {
    int taken = store_party_code_taken(&j->c->st, code);
    for (size_t i = 0; j->created_codes && i < j->nnew && !taken; i++)
      taken = j->created_codes[i] && strcmp(j->created_codes[i], code) == 0;
    if (taken <= 0)
      break;
    free(code);
    code = xasprintf("%s-%d", base, n);
  }
  free(base);
  return code;
}

/* The agency's code for a name or code in the file; NULL after an error. */
static char *agency_for(struct csv_job *j, long line, const char *name)
{
  for (size_t i = 0; i < j->ncache; i++)
    if (strcmp(j->cache_name[i], name) == 0)
      return xstrdup(j->cache_code[i]);
  /* One to be created (the database had none by that name or code when the
     first pass looked): no query for every row that names it. */
  for (size_t i = 0; i < j->nnew; i++)
    if (strcasecmp(j->new_agencies[i], name) == 0)
      return j->pass == 2 ? xstrdup(j->created_codes[i]) : xstrdup("?");
  char *code = NULL;
  int rc = store_agency_find(&j->c->st, name, &code);
  if (rc == 0) {
    if (j->ncache < 4096) { /* a file names few agencies; the cache stays small */
      GROW(j->cache_name, j->ncache, j->capcache);
      GROW(j->cache_code, j->ncache, j->capcache2);
      j->cache_name[j->ncache] = xstrdup(name);
      j->cache_code[j->ncache++] = xstrdup(code);
    }
    return code;
  }
  if (rc < 0)
    return NULL;
  if (!j->create_agencies) {
    error("%s line %ld: unknown agency '%s' (add it with 'pubrec agency add', or give "
          "--create-agencies)",
          j->path, line, name);
    return NULL;
  }
  GROW(j->new_agencies, j->nnew, j->capnew);
  j->new_agencies[j->nnew++] = xstrdup(name);
  return xstrdup("?");
}

/* ---- pass 1: check ----------------------------------------------------------- */

struct row {
  const char *v[F_COUNT];
  char trigger[11], closed[11], due[11];
  const char *status;
};

static int read_row(struct csv_job *j, long line, char **fields, struct row *r)
{
  for (int f = 0; f < F_COUNT; f++)
    r->v[f] = value(j, fields, f);
  static const int required[] = {F_SUBJECT, F_TRIGGER, F_TO};
  for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
    if (!r->v[required[i]])
      return error("%s line %ld: column '%s' (%s) is empty", j->path, line,
                   j->cols[j->col[required[i]]], field_names[required[i]]);
  if (!r->v[F_FROM] && !r->v[F_REQUESTER])
    return error("%s line %ld: no requester ('from' is empty)", j->path, line);
  struct {
    int f;
    char *out;
  } dates[] = {{F_TRIGGER, r->trigger}, {F_CLOSED, r->closed}, {F_DUE, r->due}};
  for (size_t i = 0; i < 3; i++) {
    dates[i].out[0] = 0;
    const char *v = r->v[dates[i].f];
    if (v && parse_date(j->date_format, v, dates[i].out) != 0)
      return error("%s line %ld: %s '%s' is not a date in the form %s that exists%s", j->path, line,
                   field_names[dates[i].f], v, j->date_format ? j->date_format : "YYYY-MM-DD",
                   j->date_format ? "" : " (give --date-format, e.g. MM/DD/YYYY)");
  }
  if (r->v[F_KIND] && !kind_valid(r->v[F_KIND]))
    return error("%s line %ld: kind '%s' is not request, subpoena, appeal or petition", j->path,
                 line, r->v[F_KIND]);
  r->status = row_status(j, r->v[F_STATUS]);
  if (r->status && r->closed[0] && status_find(r->status)->open)
    r->status = "fulfilled"; /* a completion date closes the matter */
  return 0;
}

static int check_record(void *arg, long line, char **fields, size_t n)
{
  struct csv_job *j = arg;
  if (!j->header_seen) {
    j->header_seen = 1;
    j->ncols = n;
    j->cols = xcalloc(n + 1, sizeof *j->cols);
    for (size_t i = 0; i < n; i++) {
      char *s = fields[i];
      while (isspace((unsigned char)*s))
        s++;
      size_t len = strlen(s);
      while (len && isspace((unsigned char)s[len - 1]))
        len--;
      j->cols[i] = xstrndup(s, len);
    }
    return settle_columns(j);
  }
  if (n != j->ncols)
    return error("%s line %ld: %zu fields, but the header has %zu (a comma inside a field needs "
                 "the field in quotes)",
                 j->path, line, n, j->ncols);
  j->rows++;
  struct row r;
  if (read_row(j, line, fields, &r) != 0)
    return -1;
  if (!r.status) {
    const char *w = r.v[F_STATUS] ? r.v[F_STATUS] : "";
    struct word *wd = find_word(j, w);
    if (!wd) {
      GROW(j->words, j->nwords, j->capwords);
      wd = &j->words[j->nwords++];
      *wd = (struct word){xstrdup(w), NULL, 0, line};
    }
    wd->count++;
  }
  if (r.v[F_KEY] && hset_add(&j->keys, hash_str(r.v[F_KEY])))
    return error("%s line %ld: key '%s' appears twice in the file", j->path, line, r.v[F_KEY]);
  char *code = agency_for(j, line, r.v[F_TO]);
  if (!code)
    return -1;
  free(code);
  if (r.v[F_FROM] && !r.v[F_REQUESTER]) {
    if (!(code = agency_for(j, line, r.v[F_FROM])))
      return -1;
    free(code);
  }
  int rule_known = 0;
  for (size_t i = 0; r.v[F_RULE] && i < j->nrules && !rule_known; i++)
    rule_known = strcmp(j->rules_known[i], r.v[F_RULE]) == 0;
  if (r.v[F_RULE] && !rule_known) {
    struct rule_row rr;
    memset(&rr, 0, sizeof rr);
    int rc = store_rule_get(&j->c->st, r.v[F_RULE], &rr);
    rule_row_release(&rr);
    if (rc != 0)
      return rc < 0 ? -1
                    : error("%s line %ld: unknown rule '%s' (see 'pubrec rules')", j->path, line,
                            r.v[F_RULE]);
    GROW(j->rules_known, j->nrules, j->caprules);
    j->rules_known[j->nrules++] = xstrdup(r.v[F_RULE]);
  }
  if (r.v[F_DAYS]) {
    char *end;
    long d = strtol(r.v[F_DAYS], &end, 10);
    if (*end || d < 0 || d > 3650)
      return error("%s line %ld: days '%s' is not a number of days", j->path, line, r.v[F_DAYS]);
  }
  return 0;
}

/* ---- pass 2: write ------------------------------------------------------------ */

/* Move the matter ref, now in status `from` (the caller has just read or
   made it), to the file's status. */
static int apply_status(struct csv_job *j, const char *ref, const char *from, const char *status,
                        const char *on, const char *note)
{
  struct outcome o;
  memset(&o, 0, sizeof o);
  int rc;
  /* A status the file gives that the state machine does not reach from the
     matter's (an appeal of a request whose answer the file does not hold):
     the answer it implies is recorded first, saying so — 'denied' for an
     appeal, else the first determination that leads there. */
  if (!status_transition_ok(from, status) && strcmp(status, "tolled") != 0 &&
      strcmp(status, "extended") != 0) {
    const char *via = NULL;
    if (status_transition_ok(from, "denied") && status_transition_ok("denied", status))
      via = "denied";
    for (const struct status_def *d = status_defs; d->name && !via; d++)
      if (d->determination && status_transition_ok(from, d->name) &&
          status_transition_ok(d->name, status))
        via = d->name;
    if (via) {
      char *why = xasprintf("%s: the file gives '%s'; the answer before it is not in the file "
                            "and is recorded as '%s'",
                            note, status, via);
      rc = matter_set_status(&j->life, ref, via, on, why, &o);
      outcome_release(&o);
      memset(&o, 0, sizeof o);
      free(why);
      if (rc != 0)
        return rc;
    }
  }
  if (strcmp(status, "tolled") == 0)
    rc = matter_toll(&j->life, ref, on, note, &o);
  else if (strcmp(status, "extended") == 0)
    rc = matter_extend(&j->life, ref, -1, on, note, 1, &o);
  else
    rc = matter_set_status(&j->life, ref, status, on, note, &o);
  outcome_release(&o);
  return rc;
}

static char **split_tags(const char *s, size_t *n)
{
  char *copy = xstrdup(s ? s : ""), *save = NULL;
  char **v = xcalloc(strlen(copy) / 2 + 2, sizeof *v);
  *n = 0;
  for (char *t = strtok_r(copy, " ,;", &save); t; t = strtok_r(NULL, " ,;", &save)) {
    int dup = 0;
    for (size_t i = 0; i < *n; i++)
      dup |= strcmp(v[i], t) == 0;
    if (!dup)
      v[(*n)++] = xstrdup(t);
  }
  free(copy);
  return v;
}

static void free_tags(char **v, size_t n)
{
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* A row whose key is known: record what changed, as edits. */
static int update_row(struct csv_job *j, long line, const struct row *r, const char *ref)
{
  struct matter m;
  memset(&m, 0, sizeof m);
  if (store_matter_get(&j->c->st, ref, &m) != 0)
    return -1;
  char *note = xasprintf("imported from %s line %ld", j->path, line);
  struct edit_in e;
  memset(&e, 0, sizeof e);
  e.note = note;
  int any = 0;
  const char *tr = r->v[F_TRACKING];
  if ((tr || m.tracking) && (!tr || !m.tracking || strcmp(tr, m.tracking) != 0))
    e.tracking = tr, e.tracking_given = 1, any = 1;
  if (strcmp(r->v[F_SUBJECT], m.subject) != 0)
    e.subject = r->v[F_SUBJECT], any = 1;
  if (strcmp(r->trigger, m.trigger_date) != 0)
    e.trigger_date = r->trigger, any = 1;
  int rc = 0, changed = any;
  if (any) {
    struct outcome o;
    memset(&o, 0, sizeof o);
    rc = matter_edit(&j->life, ref, &e, &o);
    outcome_release(&o);
  }
  if (rc == 0 && strcmp(r->status, m.status) != 0) {
    changed = 1;
    const struct status_def *was = status_find(m.status);
    if (was && !was->open && status_find(r->status)->open) {
      struct outcome o;
      memset(&o, 0, sizeof o);
      rc = matter_reopen(&j->life, ref, j->c->today, NULL, j->c->today, note, &o);
      outcome_release(&o);
    }
    if (rc == 0 && strcmp(r->status, "open") != 0) {
      matter_release(&m);
      memset(&m, 0, sizeof m);
      rc = store_matter_get(&j->c->st, ref, &m);
      if (rc == 0 && strcmp(r->status, m.status) != 0)
        rc =
            apply_status(j, ref, m.status, r->status, r->closed[0] ? r->closed : j->c->today, note);
    }
  }
  matter_release(&m);
  free(note);
  if (rc == 0) {
    if (changed)
      j->changed++;
    else
      j->unchanged++;
  } else
    error("%s line %ld: the change above was refused; nothing imported", j->path, line);
  return rc;
}

static int create_row(struct csv_job *j, long line, const struct row *r)
{
  struct matter m;
  memset(&m, 0, sizeof m);
  m.kind = xstrdup(r->v[F_KIND] ? r->v[F_KIND] : "request");
  m.to_code = agency_for(j, line, r->v[F_TO]);
  int rc = m.to_code ? 0 : -1;
  if (rc == 0 && r->v[F_REQUESTER] && !r->v[F_FROM])
    rc = matter_requester(&j->life, r->v[F_REQUESTER], NULL, &m.from_code);
  else if (rc == 0 && !(m.from_code = agency_for(j, line, r->v[F_FROM])))
    rc = -1;
  m.subject = xstrdup(r->v[F_SUBJECT]);
  m.description = r->v[F_DESCRIPTION] ? xstrdup(r->v[F_DESCRIPTION]) : NULL;
  m.tracking = r->v[F_TRACKING] ? xstrdup(r->v[F_TRACKING]) : NULL;
  m.trigger_date = xstrdup(r->trigger);
  m.rule = r->v[F_RULE] ? xstrdup(r->v[F_RULE]) : NULL;
  m.days = r->v[F_DAYS] ? atoi(r->v[F_DAYS]) : -1;
  m.due_stated = !m.rule && m.days < 0 && r->due[0] ? xstrdup(r->due) : NULL;
  m.ext_key = r->v[F_KEY] ? xstrdup(r->v[F_KEY]) : NULL;
  char *note = xasprintf("imported from %s line %ld", j->path, line);
  if (rc == 0)
    rc = matter_create(&j->life, &m, NULL, 0, note);
  if (rc == 0 && strcmp(r->status, "open") != 0)
    rc = apply_status(j, m.ref, m.status, r->status, r->closed[0] ? r->closed : r->trigger, note);
  if (rc == 0 && r->v[F_TAGS]) {
    size_t n;
    char **tags = split_tags(r->v[F_TAGS], &n);
    if (n) {
      struct outcome o;
      memset(&o, 0, sizeof o);
      rc = matter_tag(&j->life, m.ref, (const char *const *)tags, n, NULL, 0, note, &o);
      outcome_release(&o);
    }
    free_tags(tags, n);
  }
  if (rc != 0)
    error("%s line %ld: this row was refused (the message above says why); nothing imported",
          j->path, line);
  else
    j->added++;
  free(note);
  matter_release(&m);
  return rc;
}

static int write_record(void *arg, long line, char **fields, size_t n)
{
  struct csv_job *j = arg;
  (void)n;
  if (!j->header_seen) {
    j->header_seen = 1;
    return 0;
  }
  struct row r;
  if (read_row(j, line, fields, &r) != 0)
    return -1;
  long done = j->added + j->changed + j->unchanged;
  if ((done & 0x3ff) == 0)
    progress_update(&j->progress, (uint64_t)done, j->rows ? (double)done / (double)j->rows : -1);
  if (r.v[F_KEY]) {
    char *ref = NULL;
    int rc = store_matter_ref_by_key(&j->c->st, r.v[F_KEY], &ref);
    if (rc == 0) {
      rc = update_row(j, line, &r, ref);
      free(ref);
      return rc;
    }
    if (rc < 0)
      return -1;
  }
  return create_row(j, line, &r);
}

/* --notes FILE: key,date,title,body rows, each a dated note on the matter
   imported with that key (a note already there is not added again). */
static int note_record(void *arg, long line, char **fields, size_t n)
{
  struct csv_job *j = arg;
  if (!j->header_seen) {
    j->header_seen = 1;
    if (n < 2)
      return error("%s line %ld: a notes file has the columns key,date,title,body", j->path, line);
    return 0;
  }
  if (n < 2 || n > 4)
    return error("%s line %ld: %zu fields (want key,date,title,body)", j->path, line, n);
  char day[11];
  if (parse_date(j->date_format, fields[1], day) != 0)
    return error("%s line %ld: date '%s' is not a date that exists", j->path, line, fields[1]);
  char *ref = NULL;
  int rc = store_matter_ref_by_key(&j->c->st, fields[0], &ref);
  if (rc != 0)
    return rc < 0 ? -1
                  : error("%s line %ld: no matter was imported with the key '%s'", j->path, line,
                          fields[0]);
  const char *title = n > 2 ? fields[2] : "", *body = n > 3 ? fields[3] : "";
  char *text = xasprintf("%s%s%s", title, *title && *body ? ": " : "", body);
  int have = store_note_exists(&j->c->st, ref, day, text);
  rc = have < 0 ? -1 : 0;
  if (have == 0 && *text) {
    /* The note is recorded on its own date: a life whose today is that day. */
    struct life l;
    life_init(&l, &j->c->st, day);
    struct outcome o;
    memset(&o, 0, sizeof o);
    rc = matter_note(&l, ref, text, NULL, &o);
    outcome_release(&o);
    life_release(&l);
    if (rc == 0)
      j->notes++;
  }
  free(text);
  free(ref);
  return rc;
}

static int write_all(struct ctx *c, void *arg)
{
  struct csv_job *j = arg;
  j->pass = 2;
  j->created_codes = xcalloc(j->nnew + 1, sizeof *j->created_codes);
  for (size_t i = 0; i < j->nnew; i++) {
    struct agency a;
    memset(&a, 0, sizeof a);
    j->created_codes[i] = agency_code(j, j->new_agencies[i]);
    a.code = j->created_codes[i];
    a.name = j->new_agencies[i];
    if (store_agency_add(&c->st, &a) != 0)
      return -1;
  }
  /* The new matters are indexed for search at the end, all in one
     statement: indexed one by one inside this long transaction, each
     would be a segment of its own for FTS5 to write and merge. */
  int64_t before;
  if (store_matter_max_id(&c->st, &before) != 0)
    return -1;
  db_defer_fts_insert(c->db, 1);
  life_init(&j->life, &c->st, c->today);
  j->header_seen = 0;
  progress_start(&j->progress, "import", 0);
  int rc = csvio_read(j->path, write_record, j);
  progress_end(&j->progress);
  const char *notes = opt_get(j->p, "notes");
  if (rc == 0 && notes) {
    const char *main_path = j->path;
    j->path = notes;
    j->header_seen = 0;
    rc = csvio_read(notes, note_record, j);
    j->path = main_path;
  }
  life_release(&j->life);
  db_defer_fts_insert(c->db, 0);
  if (rc == 0)
    rc = store_fts_fill_after(&c->st, before);
  /* The pending feed's rows of the imported matters, in one pass. */
  if (rc == 0)
    rc = store_ics_feed_flush(&c->st);
  return rc;
}

static void job_release(struct csv_job *j)
{
  for (size_t i = 0; j->cols && i < j->ncols; i++)
    free(j->cols[i]);
  free(j->cols);
  for (size_t i = 0; i < j->nwords; i++)
    free(j->words[i].word);
  free(j->words);
  free(j->keys.slot);
  for (size_t i = 0; i < j->nnew; i++) {
    free(j->new_agencies[i]);
    if (j->created_codes)
      free(j->created_codes[i]);
  }
  free(j->new_agencies);
  free(j->created_codes);
  for (size_t i = 0; i < j->nrules; i++)
    free(j->rules_known[i]);
  free(j->rules_known);
  for (size_t i = 0; i < j->ncache; i++) {
    free(j->cache_name[i]);
    free(j->cache_code[i]);
  }
  free(j->cache_name);
  free(j->cache_code);
}

static void summary(struct csv_job *j)
{
  if (j->c->json) {
    struct jv *o = jv_object();
    jv_set_str(o, "file", j->path);
    jv_set_bool(o, "dry_run", j->dry);
    jv_set_int(o, "rows", j->rows);
    jv_set_int(o, "added", j->added);
    jv_set_int(o, "changed", j->changed);
    jv_set_int(o, "unchanged", j->unchanged);
    jv_set_int(o, "notes", j->notes);
    struct jv *ag = jv_array();
    for (size_t i = 0; i < j->nnew; i++) {
      struct jv *a = jv_object();
      jv_set_str(a, "code", j->created_codes[i]);
      jv_set_str(a, "name", j->new_agencies[i]);
      jv_append(ag, a);
    }
    jv_set(o, "agencies_created", ag);
    jv_print(stdout, o);
    jv_free(o);
    return;
  }
  printf("%s %s: %ld rows, %ld matters added, %ld changed, %ld unchanged",
         j->dry ? "dry run, nothing written:" : "imported", j->path, j->rows, j->added, j->changed,
         j->unchanged);
  if (j->notes)
    printf(", %ld notes", j->notes);
  printf("\n");
  for (size_t i = 0; i < j->nnew; i++)
    printf("  agency created: %s  %s\n", j->created_codes[i], j->new_agencies[i]);
}

int csv_import(struct ctx *c, const struct opt_parsed *p)
{
  struct csv_job j;
  memset(&j, 0, sizeof j);
  j.c = c;
  j.p = p;
  j.path = p->pos[0];
  j.dry = opt_has(p, "dry-run");
  j.create_agencies = opt_has(p, "create-agencies");
  j.date_format = opt_get(p, "date-format");
  j.status_default = opt_get(p, "status-default");
  const char *preset = opt_get(p, "preset");
  if (preset) {
    for (size_t i = 0; i < sizeof presets / sizeof presets[0]; i++)
      if (strcmp(presets[i].name, preset) == 0)
        j.preset = &presets[i];
    if (!j.preset)
      return usage_error("unknown --preset '%s' (want muckrock or sflf)", preset);
  }
  if (j.date_format) {
    char out[11];
    (void)out;
    if (!strstr(j.date_format, "Y") || !strstr(j.date_format, "M") || !strstr(j.date_format, "D"))
      return usage_error("--date-format '%s' needs YYYY (or YY), MM (or M) and DD (or D), e.g. "
                         "MM/DD/YYYY",
                         j.date_format);
  }
  int rc = settle_statuses(&j);
  if (rc == 0)
    rc = ctx_open(c);
  if (rc == 0)
    rc = csvio_read(j.path, check_record, &j);
  /* The keys seen are for the first pass only (a key twice is refused
     there): 16 MB at a million rows, given back before the second. */
  free(j.keys.slot);
  memset(&j.keys, 0, sizeof j.keys);
  if (rc == 0 && !j.header_seen)
    rc = error("%s is empty: nothing to import (the first line names the columns)", j.path);
  else if (rc == 0 && j.rows == 0)
    rc = error("%s line 1: a header and no rows: nothing imported", j.path);
  if (rc == 0) {
    struct buf b = {0};
    for (size_t i = 0; i < j.nwords; i++)
      if (!j.words[i].status && j.words[i].count)
        buf_addf(&b, "%s'%s' (%ld rows, first line %ld)", b.len ? ", " : "", j.words[i].word,
                 j.words[i].count, j.words[i].first_line);
    if (b.len)
      rc = error("%s: statuses with no pubrec status: %s; map them with --status-map "
                 "VALUE=STATUS,... or accept them as one status with --status-default STATUS",
                 j.path, buf_str(&b));
    buf_release(&b);
  }
  if (rc == 0) {
    if (db_bulk(c->db, 16384) != 0 || db_begin(c->db) != 0)
      rc = -1;
    else {
      rc = write_all(c, &j);
      if (rc == 0 && !j.dry)
        rc = db_commit(c->db);
      else
        db_rollback(c->db);
    }
  }
  if (rc == 0)
    summary(&j);
  job_release(&j);
  return rc;
}

/* ---- CSV out ------------------------------------------------------------------- */

struct csv_out {
  FILE *fp;
  struct buf line;
};

static int put_row(void *arg, const char *const *vals)
{
  struct csv_out *o = arg;
  buf_reset(&o->line);
  for (int i = 0; i < STORE_CSV_NCOLS; i++) {
    if (i)
      buf_addc(&o->line, ',');
    /* text columns get the formula guard; dates, numbers and codes do not */
    int text = i == 5 || i == 6 || i == 7 || i == 1;
    csvio_field(&o->line, vals[i], text);
  }
  buf_adds(&o->line, "\r\n");
  return fwrite(o->line.data, 1, o->line.len, o->fp) == o->line.len ? 0 : -1;
}

static void put_header(struct csv_out *o)
{
  for (int i = 0; i < STORE_CSV_NCOLS; i++)
    fprintf(o->fp, "%s%s", i ? "," : "", store_csv_columns[i]);
  fputs("\r\n", o->fp);
}

int csv_export_matters(struct ctx *c, const char *path, const char *since)
{
  int rc = ctx_open(c);
  if (rc)
    return rc;
  struct xout x;
  if ((rc = xout_open(&x, path)) == 0) {
    struct csv_out o = {x.fp, BUF_INIT};
    put_header(&o);
    rc = db_read_begin(c->db);
    if (rc == 0 && store_csv_matters(&c->st, since, put_row, &o) != 0)
      rc = error("cannot write the CSV");
    db_read_end(c->db);
    buf_release(&o.line);
    if (rc == 0)
      rc = xout_commit(&x);
  }
  xout_release(&x);
  return rc;
}

int csv_list_matters(struct ctx *c, const char *const *refs, size_t n)
{
  struct csv_out o = {stdout, BUF_INIT};
  put_header(&o);
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++)
    if (store_csv_matter(&c->st, refs[i], put_row, &o) < 0)
      rc = -1;
  buf_release(&o.line);
  return rc;
}
