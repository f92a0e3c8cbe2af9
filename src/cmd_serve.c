/*
** cmd_serve.c — pubrec serve: the calendar feed and the live report over
** HTTP (libmicrohttpd), so a calendar app subscribes once and sees every
** extension, response and closure at its next refresh.
**
** Resources (after /t/TOKEN when a token is required):
**   /calendar.ics        what `pubrec ics` writes, with its filters as query
**                        parameters (status, agency, kind, from, to, alarms,
**                        reminder-events, todo, name, refresh)
**   /agency/CODE.ics     the same, for one agency
**   /report.html, .json, .txt, .md, .csv   what `pubrec report` writes
**                        (as-of, from, to, agency, kind, recent)
**   /healthz             "ok" when the database answers
** Only GET and HEAD (405 otherwise, with Allow). A bad parameter is a 400
** whose body is the command's own one-line message.
**
** Freshness: every request runs in its own read transaction (db_read_begin),
** so it sees the last committed state and one consistent snapshot while
** other processes write. The ETag is "BOOT-GEN-TODAY": BOOT is random per
** server start, GEN counts the changes of SQLite's PRAGMA data_version, which
** moves whenever any other connection commits a write (every pubrec command
** writes in one transaction), and TODAY is the date the bodies are computed
** for (the report's as-of). We chose data_version over max(id)s of the
** tables or a change-counter table kept by triggers: it needs no migration,
** misses no table (rules, calendars, closures and agencies change events too,
** and other branches add tables), costs nothing per write, and cannot be
** fooled by a delete followed by an insert. Its cost: it is local to this
** connection, so a restarted server starts a new BOOT and every client
** downloads once more. Last-Modified is when this server first saw the
** state; the calendar's DTSTAMP is that same time (RFC 5545 3.8.7.2: without
** METHOD, DTSTAMP is the object's last revision). One body is rendered per
** (GEN, TODAY, URL), from a snapshot at least as new as GEN, and served to
** every request of that state, so the ETag is strong. Bodies are kept for
** the current GEN only (a few URLs), so a load test costs one render per
** change, and a calendar app that sends the current ETag gets its 304
** without any render.
**
** Security: loopback by default; any other address needs a token
** (--new-token writes one, 0600), given as the path segment /t/TOKEN/ and
** compared in constant time. A wrong or missing token is a 404, logged
** with the token replaced by "-". The database is opened read-only
** (db_open_readonly: no migration, PRAGMA query_only). Bounded: connections
** (--max-connections), the request line and headers (64 KB of connection
** memory: longer gets 431/414), idle time (--timeout seconds), and no request
** body is read. One polling thread serves every connection, so a slow client
** holds only its own connection; bodies are rendered on a second thread (its
** own read-only connection) while the requests that wait for them are
** suspended, so a render never stalls the responses being sent (on 10,000
** matters a render takes about 0.2 s, and the bench's writer forces one a
** second). SIGINT and SIGTERM stop it cleanly: queued renders are answered
** 503, suspended requests resumed, then the daemon stops.
** Access log: one Common Log Format line a request on stderr.
*/
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "deadline.h"
#include "dynlib.h"
#include "ics_export.h"
#include "model.h"
#include "outfile.h"
#include "report.h"
#include "report_render.h"
#include "util.h"

/* libmicrohttpd is not linked: it pulls in GnuTLS and its chain, whose
   relocation every other command would pay at start-up (about 4 ms and
   4 MB). serve loads it with dlopen, as ics.c loads libical. */
#define SERVE_LIBMHD "libmicrohttpd.so.12"
#define MHD_FUNCS(X)                                                                               \
  X(MHD_add_response_header)                                                                       \
  X(MHD_create_response_from_buffer)                                                               \
  X(MHD_create_response_from_buffer_with_free_callback_cls)                                        \
  X(MHD_destroy_response)                                                                          \
  X(MHD_get_connection_info)                                                                       \
  X(MHD_get_connection_values)                                                                     \
  X(MHD_get_daemon_info)                                                                           \
  X(MHD_lookup_connection_value)                                                                   \
  X(MHD_queue_response)                                                                            \
  X(MHD_resume_connection)                                                                         \
  X(MHD_start_daemon)                                                                              \
  X(MHD_stop_daemon)                                                                               \
  X(MHD_suspend_connection)

#define MHD_POINTER(f) static __typeof__(&f) mhd_##f;
MHD_FUNCS(MHD_POINTER)
#undef MHD_POINTER

/* Load libmicrohttpd and resolve every function above, once. 0, or -1
   after printing why. */
static int load_mhd(void)
{
  static const struct dynlib lib = {SERVE_LIBMHD, "to serve", "libmicrohttpd12",
                                    "libmicrohttpd 0.9.73 or later"};
#define MHD_SYM(f) DYNLIB_SYM(mhd_, f)
  static const struct dynlib_sym syms[] = {MHD_FUNCS(MHD_SYM)};
#undef MHD_SYM
  static int loaded;
  return dynlib_load(&lib, syms, sizeof syms / sizeof syms[0], &loaded);
}

#define MHD_add_response_header (*mhd_MHD_add_response_header)
#define MHD_create_response_from_buffer (*mhd_MHD_create_response_from_buffer)
#define MHD_create_response_from_buffer_with_free_callback_cls                                     \
  (*mhd_MHD_create_response_from_buffer_with_free_callback_cls)
#define MHD_destroy_response (*mhd_MHD_destroy_response)
#define MHD_get_connection_info (*mhd_MHD_get_connection_info)
#define MHD_get_connection_values (*mhd_MHD_get_connection_values)
#define MHD_get_daemon_info (*mhd_MHD_get_daemon_info)
#define MHD_lookup_connection_value (*mhd_MHD_lookup_connection_value)
#define MHD_queue_response (*mhd_MHD_queue_response)
#define MHD_resume_connection (*mhd_MHD_resume_connection)
#define MHD_start_daemon (*mhd_MHD_start_daemon)
#define MHD_stop_daemon (*mhd_MHD_stop_daemon)
#define MHD_suspend_connection (*mhd_MHD_suspend_connection)

#define SERVE_DEFAULT_LISTEN "127.0.0.1:8088"
#define SERVE_MAX_CONNECTIONS 128
#define SERVE_TIMEOUT 10               /* seconds a connection may stay idle */
#define SERVE_MEMORY_LIMIT (64 * 1024) /* request line + headers, per connection */
#define SERVE_TOKEN_BYTES 32           /* random bytes in a new token (64 hex digits) */
#define SERVE_TOKEN_MIN 32             /* shortest token accepted from a file */
#define SERVE_CACHE 16                 /* bodies kept for the current state */
#define SERVE_LOG_URI 512              /* longest URI written to the access log */

static const struct opt_spec opts[] = {
    {"listen", 'l', OPT_VALUE, "HOST:PORT",
     "address to listen on (default " SERVE_DEFAULT_LISTEN "; port 0 picks a free one)"},
    {"token-file", 0, OPT_VALUE, "FILE",
     "require the token in FILE as /t/TOKEN/ (default for a non-loopback address: "
     "~/.config/pubrec/serve.token)"},
    {"new-token", 0, OPT_FLAG, NULL, "write a new random token to the token file (mode 0600)"},
    {"max-connections", 0, OPT_VALUE, "N", "connections at once (default 128)"},
    {"timeout", 0, OPT_VALUE, "SECONDS", "close a connection idle this long (default 10)"},
    {NULL, 0, 0, NULL, NULL}};

static const struct cmd_help help = {
    "pubrec serve [--listen HOST:PORT] [--token-file FILE] [--max-connections N]\n"
    "                    [--timeout SECONDS]\n"
    "       pubrec serve --new-token [--token-file FILE]",
    "Serve the deadlines as a calendar feed and the status report as a live page,\n"
    "read-only, from the database other pubrec commands keep writing; every\n"
    "response shows the last committed state.\n"
    "  /calendar.ics       as 'pubrec ics'; query parameters are its options:\n"
    "                      ?status= &agency= &kind= &from= &to= &alarms=3d,1d\n"
    "                      &reminder-events=1 &todo=1 &name= &refresh=\n"
    "  /agency/CODE.ics    the same for one agency\n"
    "  /report.html        as 'pubrec report' (also .json .txt .md .csv);\n"
    "                      ?as-of= &from= &to= &agency= &kind= &recent=\n"
    "  /healthz            ok\n"
    "Calendars answer with an ETag and Last-Modified; a client that sends the\n"
    "ETag back (If-None-Match) gets 304 Not Modified until something changes.\n"
    "Only GET and HEAD. Access log in Common Log Format on stderr. SIGINT or\n"
    "SIGTERM stops the server.\n"
    "\n"
    "Security: the default address is loopback (127.0.0.1). Any other address\n"
    "needs a token: 'pubrec serve --new-token' writes a long random one to the\n"
    "token file (mode 0600), and every URL then starts with /t/TOKEN/, e.g.\n"
    "http://host:8088/t/TOKEN/calendar.ics. A wrong or missing token gets 404.\n"
    "Run it behind a reverse proxy for https (README.md has nginx and Caddy\n"
    "examples); the token is then the only secret in the feed URL.\n"
    "\n"
    "Subscribing (the calendar refreshes on its own schedule, typically hourly\n"
    "to daily; events move and disappear as deadlines change):\n"
    "  Google Calendar: Other calendars > + > From URL, paste the https:// URL\n"
    "    (Google fetches from its servers: the URL must be public https).\n"
    "  Apple Calendar: File > New Calendar Subscription, paste the URL (webcal://\n"
    "    or https://); choose Auto-refresh.\n"
    "  Outlook: Add calendar > Subscribe from web, paste the URL.\n"
    "  Thunderbird: New Calendar > On the Network, paste the URL (iCalendar).\n"
    "  webcal://host/t/TOKEN/calendar.ics opens the subscription dialog of most\n"
    "    apps; it means the same URL over http(s).",
    opts,
    "  pubrec serve                                  # http://127.0.0.1:8088/calendar.ics\n"
    "  pubrec serve --new-token\n"
    "  pubrec serve --listen 0.0.0.0:8088            # needs the token\n"
    "  curl -s 'http://127.0.0.1:8088/calendar.ics?agency=DENVER&alarms=3d,1d'\n"};

/* ---- bodies and the cache ---------------------------------------------- */

/* A rendered body shared by the cache and the responses sending it. All
   reference changes happen on the one MHD thread. */
struct body {
  int refs;
  char *data; /* malloc'd */
  size_t len;
  const char *type; /* Content-Type, static */
  int status;       /* 200, 400, 404, 500 */
};

static void body_unref(void *arg)
{
  struct body *b = arg;
  if (b && --b->refs == 0) {
    free(b->data);
    free(b);
  }
}

static struct body *body_new(int status, const char *type, char *data, size_t len)
{
  struct body *b = xcalloc(1, sizeof *b);
  b->refs = 1;
  b->status = status;
  b->type = type;
  b->data = data;
  b->len = len;
  return b;
}

static struct body *body_text(int status, const char *text)
{
  return body_new(status, "text/plain; charset=utf-8", xstrdup(text), strlen(text));
}

struct cache_entry {
  char *key; /* NULL: free */
  struct body *body;
};

/* ---- the server -------------------------------------------------------- */

#define MAX_PARAMS 16

struct params {
  const char *key[MAX_PARAMS];
  const char *val[MAX_PARAMS];
  int n;
  int overflow;
};

enum resource { R_INDEX, R_HEALTH, R_ICS, R_AGENCY, R_REPORT };

/*
** A body to render, handed from the MHD thread to the render worker. The
** requests that need it wait suspended (MHD_suspend_connection) and are
** resumed when it is done, so a render never stops the polling thread from
** sending other responses. Requests for the same key and state share one
** job. Fields above `result` are set before the job is queued and never
** change; result is set once, under the mutex; the MHD thread alone frees.
*/
struct job {
  struct job *next_queued, *next_live;
  char *key;
  unsigned long gen; /* the state it is rendered for (ETag) */
  time_t changed_at; /* that state's Last-Modified and DTSTAMP */
  char today[11];
  enum resource res;
  int fi;              /* report format */
  char agency[64];     /* /agency/CODE.ics */
  struct params p;     /* strings owned */
  struct body *result; /* set by the worker */
  struct MHD_Connection **waiting;
  int nwaiting, cap;
  int refs; /* requests holding it */
};

struct server {
  struct ctx *c;
  char *token; /* NULL: none required */
  size_t token_len;
  char boot[9];         /* random per start, hex */
  long long version;    /* last PRAGMA data_version seen */
  unsigned long gen;    /* changes seen since start */
  time_t changed_at;    /* when gen last moved: Last-Modified and DTSTAMP */
  char state_today[11]; /* the date the cache was filled for */
  struct cache_entry cache[SERVE_CACHE];
  struct job *live; /* jobs not yet freed (MHD thread only) */
  /* The render worker: its own read-only connection and store. */
  pthread_t worker;
  int worker_started;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  struct job *queue_head, *queue_tail; /* under mu */
  int stopping;                        /* under mu */
  struct db *wdb;
  struct store wst;
  char wtoday[11], wnow[21];
  struct report_render rr[5]; /* html, json, txt, md, csv: the worker's */
};

/* Per request: what the access log needs. */
struct request {
  char uri[SERVE_LOG_URI];   /* with the token replaced by "-" */
  char query[SERVE_LOG_URI]; /* "?..." of the raw URI, or "" */
  char method[16];
  char version[16];
  int status;
  size_t bytes;
  int handled;
  struct job *job; /* waiting for this render */
};

static void cache_clear(struct server *s)
{
  for (int i = 0; i < SERVE_CACHE; i++) {
    free(s->cache[i].key);
    s->cache[i].key = NULL;
    body_unref(s->cache[i].body);
    s->cache[i].body = NULL;
  }
}

static struct body *cache_get(struct server *s, const char *key)
{
  for (int i = 0; i < SERVE_CACHE; i++)
    if (s->cache[i].key && strcmp(s->cache[i].key, key) == 0) {
      s->cache[i].body->refs++;
      return s->cache[i].body;
    }
  return NULL;
}

static void cache_put(struct server *s, const char *key, struct body *b)
{
  int slot = -1;
  for (int i = 0; i < SERVE_CACHE && slot < 0; i++)
    if (!s->cache[i].key)
      slot = i;
  if (slot < 0) { /* full: drop the oldest (slot 0), shift the rest */
    free(s->cache[0].key);
    body_unref(s->cache[0].body);
    memmove(&s->cache[0], &s->cache[1], (SERVE_CACHE - 1) * sizeof s->cache[0]);
    slot = SERVE_CACHE - 1;
  }
  s->cache[slot].key = xstrdup(key);
  s->cache[slot].body = b;
  b->refs++;
}

/* ---- tokens ------------------------------------------------------------ */

/* Equal without an early exit: the time does not depend on where the given
   value first differs (only on the token's length, which is public). */
static int token_equal(const char *given, size_t glen, const char *token, size_t tlen)
{
  volatile unsigned char d = glen != tlen;
  for (size_t i = 0; i < tlen; i++)
    d |= (unsigned char)(token[i] ^ (i < glen ? given[i] : 0));
  return d == 0;
}

static char *default_token_file(void)
{
  const char *xdg = getenv("XDG_CONFIG_HOME");
  const char *home = getenv("HOME");
  if (xdg && *xdg == '/')
    return xasprintf("%s/pubrec/serve.token", xdg);
  if (home && *home)
    return xasprintf("%s/.config/pubrec/serve.token", home);
  return NULL;
}

static int token_char(char ch)
{
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         ch == '-' || ch == '_';
}

/* Read the token from path into *out (caller frees). 0 or -1. */
static int read_token(const char *path, char **out)
{
  size_t len;
  char *t = read_file(path, &len);
  if (!t)
    return error("cannot read the token file '%s': %s (create one with 'pubrec serve "
                 "--new-token --token-file %s')",
                 path, strerror(errno), path);
  while (len && (t[len - 1] == '\n' || t[len - 1] == '\r' || t[len - 1] == ' '))
    t[--len] = '\0';
  for (size_t i = 0; i < len; i++)
    if (!token_char(t[i])) {
      free(t);
      return error("the token in '%s' has a character other than letters, digits, - and _ "
                   "(make a new one with 'pubrec serve --new-token')",
                   path);
    }
  if (len < SERVE_TOKEN_MIN) {
    free(t);
    return error("the token in '%s' is shorter than %d characters (make a new one with 'pubrec "
                 "serve --new-token')",
                 path, SERVE_TOKEN_MIN);
  }
  struct stat sb;
  if (stat(path, &sb) == 0 && (sb.st_mode & 077))
    warn("the token file '%s' can be read by other users (chmod 600 it)", path);
  *out = t;
  return 0;
}

static int new_token(const char *path)
{
  unsigned char raw[SERVE_TOKEN_BYTES];
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0 || read(fd, raw, sizeof raw) != (ssize_t)sizeof raw) {
    if (fd >= 0)
      close(fd);
    return error("cannot read random bytes from /dev/urandom: %s", strerror(errno));
  }
  close(fd);
  char hex[2 * SERVE_TOKEN_BYTES + 2];
  for (int i = 0; i < SERVE_TOKEN_BYTES; i++)
    snprintf(hex + 2 * i, 3, "%02x", raw[i]);
  hex[2 * SERVE_TOKEN_BYTES] = '\n';
  hex[2 * SERVE_TOKEN_BYTES + 1] = '\0';
  /* The default directory may not exist yet: mkdir -p, private. */
  char *dir = xstrdup(path);
  for (char *q = dir + 1; (q = strchr(q, '/')); q++) {
    *q = '\0';
    mkdir(dir, 0700);
    *q = '/';
  }
  free(dir);
  int rc = outfile_write(path, 0600, hex, strlen(hex));
  memset(hex, 0, sizeof hex);
  if (rc != 0)
    return rc;
  printf("wrote a new token to %s (mode 0600); feed URLs are now\n"
         "  http(s)://HOST:PORT/t/$(cat %s)/calendar.ics\n"
         "restart 'pubrec serve' to use it (the old token stops working)\n",
         path, path);
  return 0;
}

/* ---- the listening address --------------------------------------------- */

/* Parse "HOST:PORT", "[V6]:PORT" or "PORT" into addr (numeric hosts and
   names such as localhost). *loopback is 1 for 127.0.0.0/8 and ::1. */
static int parse_listen(const char *spec, struct sockaddr_storage *addr, socklen_t *alen,
                        int *loopback)
{
  char host[256];
  const char *port;
  if (spec[0] == '[') {
    const char *end = strchr(spec, ']');
    if (!end || end[1] != ':' || (size_t)(end - spec - 1) >= sizeof host)
      return usage_error("invalid --listen '%s' (want HOST:PORT, [IPv6]:PORT or PORT)", spec);
    snprintf(host, sizeof host, "%.*s", (int)(end - spec - 1), spec + 1);
    port = end + 2;
  } else {
    const char *colon = strrchr(spec, ':');
    if (!colon) {
      snprintf(host, sizeof host, "127.0.0.1");
      port = spec;
    } else {
      if ((size_t)(colon - spec) >= sizeof host || strchr(spec, ':') != colon)
        return usage_error("invalid --listen '%s' (want HOST:PORT, [IPv6]:PORT or PORT)", spec);
      snprintf(host, sizeof host, "%.*s", (int)(colon - spec), spec);
      port = colon + 1;
    }
  }
  char *end;
  long p = strtol(port, &end, 10);
  if (!*port || *end || p < 0 || p > 65535)
    return usage_error("invalid port '%s' in --listen (want 0 to 65535)", port);
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  int gai = getaddrinfo(*host ? host : "127.0.0.1", port, &hints, &res);
  if (gai != 0)
    return usage_error("cannot resolve '%s' in --listen: %s", host, gai_strerror(gai));
  memcpy(addr, res->ai_addr, res->ai_addrlen);
  *alen = res->ai_addrlen;
  freeaddrinfo(res);
  *loopback = 0;
  if (addr->ss_family == AF_INET) {
    const struct sockaddr_in *in = (const struct sockaddr_in *)addr;
    *loopback = (ntohl(in->sin_addr.s_addr) >> 24) == 127;
  } else if (addr->ss_family == AF_INET6) {
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)addr;
    *loopback = IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
  }
  return 0;
}

/* ---- query parameters -------------------------------------------------- */

static enum MHD_Result collect(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *value)
{
  (void)kind;
  struct params *p = cls;
  if (p->n == MAX_PARAMS) {
    p->overflow = 1;
    return MHD_NO;
  }
  p->key[p->n] = key;
  p->val[p->n] = value ? value : "";
  p->n++;
  return MHD_YES;
}

/* Check that every parameter is in allowed (NULL-terminated); 0, or a 400
   message appended to err. */
static int params_check(const struct params *p, const char *const *allowed, struct buf *err)
{
  if (p->overflow) {
    buf_addf(err, "pubrec: more than %d query parameters\n", MAX_PARAMS);
    return -1;
  }
  for (int i = 0; i < p->n; i++) {
    for (const char *v = p->val[i]; *v; v++)
      if ((unsigned char)*v < 0x20 || *v == 0x7f) {
        buf_addf(err, "pubrec: control character in query parameter '%s'\n", p->key[i]);
        return -1;
      }
    int ok = 0;
    for (const char *const *a = allowed; *a && !ok; a++)
      ok = strcmp(*a, p->key[i]) == 0;
    for (int j = 0; j < i && ok; j++)
      if (strcmp(p->key[j], p->key[i]) == 0) {
        buf_addf(err, "pubrec: query parameter '%s' is given twice\n", p->key[i]);
        return -1;
      }
    if (!ok) {
      buf_adds(err, "pubrec: unknown query parameter '");
      buf_adds(err, p->key[i]);
      buf_adds(err, "' (allowed:");
      for (const char *const *a = allowed; *a; a++) {
        buf_addc(err, ' ');
        buf_adds(err, *a);
      }
      buf_adds(err, ")\n");
      return -1;
    }
  }
  return 0;
}

static const char *param(const struct params *p, const char *key)
{
  for (int i = 0; i < p->n; i++)
    if (strcmp(p->key[i], key) == 0)
      return p->val[i];
  return NULL;
}

/* A yes/no parameter: absent or 0/false/no -> 0; empty, 1, true, yes -> 1. */
static int param_flag(const struct params *p, const char *key, int *out, struct buf *err)
{
  const char *v = param(p, key);
  *out = 0;
  if (!v || !strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no"))
    return 0;
  if (!*v || !strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes")) {
    *out = 1;
    return 0;
  }
  buf_addf(err, "pubrec: invalid value for '%s' (want 1 or 0)\n", key);
  return -1;
}

/* The cache key: the resource and its parameters in a fixed order. */
static void make_key(struct buf *key, const char *resource, const struct params *p,
                     const char *const *allowed)
{
  buf_adds(key, resource);
  for (const char *const *a = allowed; *a; a++) {
    const char *v = param(p, *a);
    if (v) {
      buf_addc(key, '\x1f');
      buf_adds(key, *a);
      buf_addc(key, '=');
      buf_adds(key, v);
    }
  }
}

/* ---- rendering --------------------------------------------------------- */

static const char *const ics_params[] = {"status",  "agency", "kind", "tag",  "from",
                                         "to",      "alarms", "todo", "name", "reminder-events",
                                         "refresh", NULL};
static const char *const report_params[] = {"as-of", "from", "to",     "agency",
                                            "kind",  "tag",  "recent", NULL};

static struct body *error_body(int status, struct buf *err)
{
  if (!err->len)
    buf_adds(err, status == 404 ? "not found\n" : "internal error\n");
  size_t len;
  char *data = buf_detach(err, &len);
  return body_new(status, "text/plain; charset=utf-8", data, len);
}

/* 0 when the agency exists, 1 when not, -1 on a database error. */
static int agency_exists(struct server *s, const char *code)
{
  struct agency a;
  int rc = store_agency_get(&s->wst, code, &a);
  if (rc == 0)
    agency_release(&a);
  return rc < 0 ? -1 : rc > 0 ? 1 : 0;
}

static struct body *render_ics(struct server *s, const struct params *p, const char *agency,
                               time_t changed_at, struct buf *err)
{
  struct ics_args a;
  memset(&a, 0, sizeof a);
  a.status = param(p, "status");
  a.agency = agency ? agency : param(p, "agency");
  if (agency && param(p, "agency")) {
    buf_adds(err, "pubrec: the agency is in the path: leave out ?agency=\n");
    return error_body(400, err);
  }
  a.kind = param(p, "kind");
  a.tag = param(p, "tag");
  a.from = param(p, "from");
  a.to = param(p, "to");
  a.alarms = param(p, "alarms");
  a.name = param(p, "name");
  a.refresh_minutes = ICS_DEFAULT_REFRESH;
  const char *refresh = param(p, "refresh");
  if (refresh) {
    char *end;
    long v = strtol(refresh, &end, 10);
    if (!*refresh || *end || v < 0 || v > 525600) {
      buf_adds(err, "pubrec: invalid value for 'refresh' (want minutes, 0 to 525600)\n");
      return error_body(400, err);
    }
    a.refresh_minutes = (int)v;
  }
  if (param_flag(p, "todo", &a.todo, err) != 0 ||
      param_flag(p, "reminder-events", &a.reminder_events, err) != 0)
    return error_body(400, err);
  struct ics_spec spec;
  if (ics_export_setup(&spec, &a) != 0)
    return error_body(400, err);
  if (spec.f.agency) {
    int rc = agency_exists(s, spec.f.agency);
    if (rc != 0) {
      if (rc > 0)
        buf_addf(err, "pubrec: unknown agency '%s'\n", spec.f.agency);
      return error_body(rc > 0 ? 404 : 500, err);
    }
  }
  char *data = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&data, &len);
  if (!m)
    die("out of memory");
  int count;
  int rc = ics_export(m, &s->wst, &spec, (int64_t)changed_at, &count);
  if (fclose(m) != 0 && rc == 0)
    rc = error("cannot write the calendar: %s", strerror(errno));
  if (rc != 0) {
    free(data);
    return error_body(500, err);
  }
  return body_new(200, "text/calendar; charset=utf-8", data, len);
}

static struct body *render_report(struct server *s, int fi, const struct params *p, struct buf *err)
{
  static const char *const types[] = {"text/html; charset=utf-8", "application/json",
                                      "text/plain; charset=utf-8", "text/markdown; charset=utf-8",
                                      "text/csv; charset=utf-8"};
  struct report_opts o;
  memset(&o, 0, sizeof o);
  o.as_of = param(p, "as-of") ? param(p, "as-of") : s->wtoday;
  o.from = param(p, "from");
  o.to = param(p, "to");
  o.agency = param(p, "agency");
  o.kind = param(p, "kind");
  o.tag = param(p, "tag");
  o.recent = REPORT_RECENT_DEFAULT;
  const char *recent = param(p, "recent");
  if (recent) {
    char *end;
    long v = strtol(recent, &end, 10);
    if (!*recent || *end || v < 0 || v > 1000) {
      buf_adds(err, "pubrec: invalid value for 'recent' (want 0 to 1000)\n");
      return error_body(400, err);
    }
    o.recent = (int)v;
  }
  dl_day d;
  if (dl_parse_date(o.as_of, &d) != 0) {
    buf_addf(err, "pubrec: invalid date '%s' for as-of (want YYYY-MM-DD, a real date)\n", o.as_of);
    return error_body(400, err);
  }
  if (o.kind && !kind_valid(o.kind)) {
    buf_addf(err, "pubrec: unknown kind '%s' (want request, subpoena, appeal or petition)\n",
             o.kind);
    return error_body(400, err);
  }
  /* A past date replays the history, as `pubrec report --as-of` does. */
  o.replay = strcmp(o.as_of, s->wtoday) < 0;
  char from[11], to[11];
  if (report_period(from, to, &o) != 0)
    return error_body(400, err);
  if (o.agency) {
    int rc = agency_exists(s, o.agency);
    if (rc != 0) {
      if (rc > 0)
        buf_addf(err, "pubrec: unknown agency '%s'\n", o.agency);
      return error_body(rc > 0 ? 404 : 500, err);
    }
  }
  struct buf out = BUF_INIT;
  int rc = report_render(&s->rr[fi], &s->wst, &o, NULL, &out, NULL);
  if (rc != 0) {
    buf_release(&out);
    return error_body(rc == PR_USAGE ? 400 : 500, err);
  }
  size_t len;
  char *data = buf_detach(&out, &len);
  if (!data)
    data = xstrdup("");
  return body_new(200, types[fi], data, len);
}

/* ---- the render worker ------------------------------------------------- */

/* Render one job on the worker's connection, in its own read transaction
   (a snapshot at least as new as the state the job was queued for). */
static struct body *render_job(struct server *s, struct job *j)
{
  struct buf err = BUF_INIT;
  struct buf *old = error_capture(&err);
  struct body *b;
  snprintf(s->wtoday, sizeof s->wtoday, "%s", j->today);
  if (db_read_begin(s->wdb) != 0)
    b = error_body(503, &err);
  else if (j->res == R_REPORT)
    b = render_report(s, j->fi, &j->p, &err);
  else
    b = render_ics(s, &j->p, j->res == R_AGENCY ? j->agency : NULL, j->changed_at, &err);
  db_read_end(s->wdb);
  error_capture(old);
  if (b->status >= 500)
    fprintf(stderr, "pubrec: rendering failed: %.*s", (int)b->len, b->data);
  buf_release(&err);
  return b;
}

static void *worker_main(void *arg)
{
  struct server *s = arg;
  for (;;) {
    pthread_mutex_lock(&s->mu);
    while (!s->queue_head && !s->stopping)
      pthread_cond_wait(&s->cv, &s->mu);
    struct job *j = s->queue_head;
    if (!j) { /* stopping, nothing left */
      pthread_mutex_unlock(&s->mu);
      return NULL;
    }
    s->queue_head = j->next_queued;
    if (!s->queue_head)
      s->queue_tail = NULL;
    int stopping = s->stopping;
    pthread_mutex_unlock(&s->mu);

    struct body *b = stopping ? body_text(503, "the server is stopping\n") : render_job(s, j);

    /* Publish, then wake the waiting requests; no one joins a job whose
       result is set, so the list is final here. */
    pthread_mutex_lock(&s->mu);
    j->result = b;
    struct MHD_Connection **waiting = j->waiting;
    int nwaiting = j->nwaiting;
    j->waiting = NULL; /* the job may be freed once a request is resumed */
    j->nwaiting = j->cap = 0;
    pthread_mutex_unlock(&s->mu);
    for (int i = 0; i < nwaiting; i++)
      MHD_resume_connection(waiting[i]);
    free(waiting);
  }
}

static void job_free(struct job *j)
{
  free(j->key);
  for (int i = 0; i < j->p.n; i++) {
    free((char *)j->p.key[i]);
    free((char *)j->p.val[i]);
  }
  free(j->waiting);
  body_unref(j->result);
  free(j);
}

/* A request lets go of its job; the last one frees it (MHD thread). */
static void job_release(struct server *s, struct job *j)
{
  if (--j->refs > 0)
    return;
  pthread_mutex_lock(&s->mu);
  int done = j->result != NULL;
  pthread_mutex_unlock(&s->mu);
  if (!done) /* still queued or rendering: the worker will finish it */
    return;
  for (struct job **pp = &s->live; *pp; pp = &(*pp)->next_live)
    if (*pp == j) {
      *pp = j->next_live;
      break;
    }
  job_free(j);
}

/* Copy src (len bytes) into dst for the log: the segment after every "/t/"
   becomes "-" (where a token would be), and control characters and quotes
   become '?', so a log line is one line and never holds a token. */
static void log_copy(char *dst, size_t n, const char *src, size_t len)
{
  size_t o = 0;
  for (size_t i = 0; i < len && o + 1 < n;) {
    if (len - i >= 3 && memcmp(src + i, "/t/", 3) == 0) {
      if (o + 5 >= n)
        break;
      memcpy(dst + o, "/t/-", 4);
      o += 4;
      i += 3;
      while (i < len && src[i] != '/' && src[i] != '?')
        i++;
      continue;
    }
    unsigned char ch = (unsigned char)src[i++];
    dst[o++] = (char)(ch < 0x20 || ch == '"' || ch == 0x7f ? '?' : ch);
  }
  dst[o] = '\0';
}

/* ---- one request ------------------------------------------------------- */

static void add_common_headers(struct MHD_Response *r)
{
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  /* The token is in the URL: never send it on as a Referer. */
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
}

static enum MHD_Result send_body(struct MHD_Connection *con, struct request *rq, struct body *b,
                                 const char *etag, time_t changed_at, int not_modified)
{
  char last_modified[64];
  struct tm tm;
  gmtime_r(&changed_at, &tm);
  strftime(last_modified, sizeof last_modified, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  struct MHD_Response *r;
  int status = b->status;
  if (not_modified) {
    r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    status = MHD_HTTP_NOT_MODIFIED;
    body_unref(b);
  } else {
    r = MHD_create_response_from_buffer_with_free_callback_cls(b->len, b->data, body_unref, b);
    if (!r)
      body_unref(b);
  }
  if (!r)
    return MHD_NO;
  add_common_headers(r);
  if (!not_modified)
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, b->type);
  if (etag) {
    MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
    MHD_add_response_header(r, MHD_HTTP_HEADER_LAST_MODIFIED, last_modified);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
  }
  if (!not_modified && strncmp(b->type, "text/html", 9) == 0)
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  rq->status = status;
  rq->bytes = not_modified ? 0 : b->len;
  if (strcmp(rq->method, "HEAD") == 0)
    rq->bytes = 0;
  enum MHD_Result ret = MHD_queue_response(con, (unsigned)status, r);
  MHD_destroy_response(r);
  return ret;
}

static enum MHD_Result send_text(struct MHD_Connection *con, struct request *rq, int status,
                                 const char *text)
{
  return send_body(con, rq, body_text(status, text), NULL, 0, 0);
}

/* Does the If-None-Match header list etag (weak comparison, or "*")? */
static int etag_matches(const char *header, const char *etag)
{
  if (!header)
    return 0;
  size_t elen = strlen(etag);
  const char *p = header;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == ',')
      p++;
    if (*p == '*')
      return 1;
    if (p[0] == 'W' && p[1] == '/')
      p += 2;
    const char *start = p;
    while (*p && *p != ',')
      p++;
    const char *end = p;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
      end--;
    if ((size_t)(end - start) == elen && memcmp(start, etag, elen) == 0)
      return 1;
  }
  return 0;
}

/* Take a fresh look at the database inside the request's read transaction:
   move GEN when another process committed since the last request. */
static int refresh_state(struct server *s)
{
  long long v;
  if (db_data_version(s->c->db, &v) != 0)
    return -1;
  if (v != s->version || strcmp(s->state_today, s->c->today) != 0) {
    if (v != s->version) {
      s->gen++;
      s->changed_at = time(NULL);
    }
    s->version = v;
    snprintf(s->state_today, sizeof s->state_today, "%s", s->c->today);
    cache_clear(s);
  }
  return 0;
}

static void make_etag(char *out, size_t n, const struct server *s, unsigned long gen,
                      const char *today)
{
  snprintf(out, n, "\"%s-%lu-%.4s%.2s%.2s\"", s->boot, gen, today, today + 5, today + 8);
}

/* Answer a request whose render is done (resumed, or joined late). */
static enum MHD_Result finish_job(struct server *s, struct MHD_Connection *con, struct request *rq)
{
  struct job *j = rq->job;
  pthread_mutex_lock(&s->mu);
  struct body *b = j->result;
  pthread_mutex_unlock(&s->mu);
  b->refs++;
  /* Keep it for later requests if the state has not moved on meanwhile. */
  if (j->gen == s->gen && strcmp(j->today, s->state_today) == 0 &&
      (b->status == 200 || b->status == 400 || b->status == 404)) {
    struct body *have = cache_get(s, j->key);
    if (have)
      body_unref(have);
    else
      cache_put(s, j->key, b);
  }
  rq->job = NULL;
  char etag[64];
  make_etag(etag, sizeof etag, s, j->gen, j->today);
  time_t changed_at = j->changed_at;
  job_release(s, j);
  if (b->status != 200)
    return send_body(con, rq, b, NULL, 0, 0);
  return send_body(con, rq, b, etag, changed_at, 0);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *con, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
  (void)upload;
  struct server *s = cls;
  struct request *rq = *con_cls;
  if (!rq) { /* no URI callback ran (should not happen): log what we can */
    rq = xcalloc(1, sizeof *rq);
    snprintf(rq->uri, sizeof rq->uri, "-");
    *con_cls = rq;
  }
  if (rq->job) /* resumed: the render is done */
    return finish_job(s, con, rq);
  if (!rq->handled) {
    /* The first call comes with the headers. Answer the wrong method now
       (MHD then closes the connection instead of reading a body); for GET
       and HEAD, wait for the second call: a response queued in the first
       call makes MHD close the connection, losing keep-alive. */
    rq->handled = 1;
    snprintf(rq->method, sizeof rq->method, "%s", method);
    snprintf(rq->version, sizeof rq->version, "%s", version);
    /* Log what routing sees: the unescaped path (a token spelled with %xx
       escapes is still found), redacted, then the raw query. */
    log_copy(rq->uri, sizeof rq->uri, url, strlen(url));
    size_t used = strlen(rq->uri);
    snprintf(rq->uri + used, sizeof rq->uri - used, "%s", rq->query);
    if (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0)
      return MHD_YES;
  } else if (*upload_size != 0) {
    /* A GET with a body: close the connection rather than read it. */
    *upload_size = 0;
    rq->status = 400;
    return MHD_NO;
  } else if (rq->status) {
    return MHD_YES; /* already answered */
  }

  if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
    struct body *b = body_text(405, "only GET and HEAD\n");
    struct MHD_Response *r =
        MHD_create_response_from_buffer_with_free_callback_cls(b->len, b->data, body_unref, b);
    if (!r) {
      body_unref(b);
      return MHD_NO;
    }
    add_common_headers(r);
    MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, b->type);
    rq->status = 405;
    rq->bytes = b->len;
    enum MHD_Result ret = MHD_queue_response(con, 405, r);
    MHD_destroy_response(r);
    return ret;
  }

  /* The token, as the first path segment after /t/. */
  const char *path = url;
  if (s->token) {
    if (strncmp(url, "/t/", 3) != 0)
      return send_text(con, rq, 404, "not found\n");
    const char *seg = url + 3;
    const char *end = strchr(seg, '/');
    size_t glen = end ? (size_t)(end - seg) : strlen(seg);
    if (!token_equal(seg, glen, s->token, s->token_len) || !end)
      return send_text(con, rq, 404, "not found\n");
    path = end;
  } else if (strncmp(url, "/t/", 3) == 0) {
    return send_text(con, rq, 404, "not found\n");
  }

  struct params p;
  memset(&p, 0, sizeof p);
  MHD_get_connection_values(con, MHD_GET_ARGUMENT_KIND, collect, &p);

  /* Which resource. */
  enum resource res;
  int fi = 0;
  char agency[64] = "";
  static const char *const report_ext[] = {"html", "json", "txt", "md", "csv"};
  if (strcmp(path, "/") == 0) {
    res = R_INDEX;
  } else if (strcmp(path, "/healthz") == 0) {
    res = R_HEALTH;
  } else if (strcmp(path, "/calendar.ics") == 0) {
    res = R_ICS;
  } else if (strncmp(path, "/agency/", 8) == 0) {
    const char *code = path + 8;
    size_t n = strlen(code);
    if (n <= 4 || n - 4 >= sizeof agency || strcmp(code + n - 4, ".ics") != 0 ||
        memchr(code, '/', n))
      return send_text(con, rq, 404, "not found\n");
    snprintf(agency, sizeof agency, "%.*s", (int)(n - 4), code);
    res = R_AGENCY;
  } else if (strncmp(path, "/report.", 8) == 0) {
    for (fi = 0; fi < 5 && strcmp(path + 8, report_ext[fi]) != 0; fi++)
      ;
    if (fi == 5)
      return send_text(con, rq, 404, "not found\n");
    res = R_REPORT;
  } else {
    return send_text(con, rq, 404, "not found\n");
  }
  if (res == R_INDEX)
    return send_text(con, rq, 200,
                     "pubrec serve\n  calendar.ics\n  agency/CODE.ics\n  report.html\n"
                     "  report.json\n  healthz\n");

  /* Everything else reads the database: a read transaction to see whether
     another process committed since the last request. */
  struct buf err = BUF_INIT, key = BUF_INIT;
  struct buf *old_capture = error_capture(&err);
  struct body *b = NULL;
  int cacheable = 0;
  ctx_settle(s->c); /* today, unless --today or PUBREC_TODAY fix it */
  if (db_read_begin(s->c->db) != 0 || refresh_state(s) != 0) {
    b = error_body(503, &err);
    goto out;
  }
  db_read_end(s->c->db);
  if (res == R_HEALTH) {
    b = body_text(200, "ok\n");
    goto out;
  }
  const char *const *allowed = res == R_REPORT ? report_params : ics_params;
  if (params_check(&p, allowed, &err) != 0) {
    b = error_body(400, &err);
    goto out;
  }
  make_key(&key, res == R_REPORT ? report_ext[fi] : agency, &p, allowed);
  buf_addc(&key, '\x1e');
  buf_addc(&key, res == R_REPORT ? 'r' : 'c');
  cacheable = 1;
  /* A client that has the current state needs no render at all. */
  char etag[64];
  make_etag(etag, sizeof etag, s, s->gen, s->state_today);
  const char *inm = MHD_lookup_connection_value(con, MHD_HEADER_KIND, "If-None-Match");
  if (etag_matches(inm, etag)) {
    error_capture(old_capture);
    buf_release(&err);
    buf_release(&key);
    return send_body(con, rq, body_text(200, ""), etag, s->changed_at, 1);
  }
  if ((b = cache_get(s, buf_str(&key))))
    goto out;

  /* Not rendered yet for this state: join the job that renders it, or
     queue one, and wait suspended. Jobs whose requests all went away are
     freed once rendered. */
  for (struct job **pp = &s->live; *pp;) {
    struct job *dead = *pp;
    pthread_mutex_lock(&s->mu);
    int gone = dead->refs == 0 && dead->result != NULL;
    pthread_mutex_unlock(&s->mu);
    if (gone) {
      *pp = dead->next_live;
      job_free(dead);
    } else {
      pp = &dead->next_live;
    }
  }
  struct job *j = s->live;
  while (j && !(j->gen == s->gen && strcmp(j->today, s->state_today) == 0 &&
                strcmp(j->key, buf_str(&key)) == 0))
    j = j->next_live;
  if (!j) {
    j = xcalloc(1, sizeof *j);
    j->key = xstrdup(buf_str(&key));
    j->gen = s->gen;
    j->changed_at = s->changed_at;
    snprintf(j->today, sizeof j->today, "%s", s->state_today);
    j->res = res;
    j->fi = fi;
    snprintf(j->agency, sizeof j->agency, "%s", agency);
    for (int i = 0; i < p.n; i++) {
      j->p.key[i] = xstrdup(p.key[i]);
      j->p.val[i] = xstrdup(p.val[i]);
    }
    j->p.n = p.n;
    j->next_live = s->live;
    s->live = j;
    pthread_mutex_lock(&s->mu);
    if (s->queue_tail)
      s->queue_tail->next_queued = j;
    else
      s->queue_head = j;
    s->queue_tail = j;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
  }
  j->refs++;
  rq->job = j;
  pthread_mutex_lock(&s->mu);
  int done = j->result != NULL;
  if (!done) {
    if (j->nwaiting == j->cap) {
      j->cap = j->cap ? 2 * j->cap : 4;
      j->waiting = xrealloc(j->waiting, (size_t)j->cap * sizeof *j->waiting);
    }
    j->waiting[j->nwaiting++] = con;
    MHD_suspend_connection(con);
  }
  pthread_mutex_unlock(&s->mu);
  error_capture(old_capture);
  buf_release(&err);
  buf_release(&key);
  if (done)
    return finish_job(s, con, rq);
  return MHD_YES;
out:
  db_read_end(s->c->db);
  error_capture(old_capture);
  buf_release(&err);
  buf_release(&key);
  if (!cacheable || b->status != 200)
    return send_body(con, rq, b, NULL, 0, 0);
  make_etag(etag, sizeof etag, s, s->gen, s->state_today);
  return send_body(con, rq, b, etag, s->changed_at, etag_matches(inm, etag));
}

/* The raw URI, before MHD parses it: kept (redacted) for the log, in case
   the handler never runs; the handler replaces it with the parsed path. */
static void *log_uri(void *cls, const char *uri, struct MHD_Connection *con)
{
  (void)con;
  (void)cls;
  struct request *rq = xcalloc(1, sizeof *rq);
  log_copy(rq->uri, sizeof rq->uri, uri, strlen(uri));
  const char *q = strchr(uri, '?');
  if (q)
    log_copy(rq->query, sizeof rq->query, q, strlen(q));
  return rq;
}

static void completed(void *cls, struct MHD_Connection *con, void **con_cls,
                      enum MHD_RequestTerminationCode toe)
{
  struct server *s = cls;
  (void)toe;
  struct request *rq = *con_cls;
  if (!rq)
    return;
  *con_cls = NULL;
  if (rq->job) /* ended while waiting for a render */
    job_release(s, rq->job);
  char host[INET6_ADDRSTRLEN] = "-";
  const union MHD_ConnectionInfo *ci =
      MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (ci && ci->client_addr) {
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET)
      inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, host,
                sizeof host);
    else if (sa->sa_family == AF_INET6)
      inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, host,
                sizeof host);
  }
  time_t now = time(NULL);
  struct tm tm;
  char when[40];
  gmtime_r(&now, &tm);
  strftime(when, sizeof when, "%d/%b/%Y:%H:%M:%S +0000", &tm);
  if (rq->handled)
    fprintf(stderr, "%s - - [%s] \"%s %s %s\" %d %zu\n", host, when, rq->method, rq->uri,
            rq->version, rq->status, rq->bytes);
  else
    fprintf(stderr, "%s - - [%s] \"%s\" - -\n", host, when, rq->uri);
  free(rq);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
  (void)cls;
  char msg[512];
  vsnprintf(msg, sizeof msg, fmt, ap);
  size_t n = strlen(msg);
  while (n && msg[n - 1] == '\n')
    msg[--n] = '\0';
  fprintf(stderr, "pubrec: http: %s\n", msg);
}

/* ---- the command ------------------------------------------------------- */

/* Beyond loopback, or with --token-file, the server needs its token: read
   it into s->token. tf is --token-file, token_file the file to read. */
static int serve_token(struct server *s, const char *tf, const char *token_file, const char *listen,
                       int loopback)
{
  if (!tf && loopback)
    return 0;
  if (!token_file)
    return usage_error("listening on '%s' needs a token: give --token-file FILE", listen);
  if (!tf && access(token_file, F_OK) != 0)
    return usage_error("listening on '%s', beyond loopback, needs a token: run 'pubrec serve "
                       "--new-token' first (it writes %s), or give --token-file FILE",
                       listen, token_file);
  int rc = read_token(token_file, &s->token);
  if (rc == 0)
    s->token_len = strlen(s->token);
  return rc;
}

/* Stop the worker (answering what is queued with 503), then the daemon, and
   free what the server holds. */
static void server_release(struct server *s, struct MHD_Daemon *d)
{
  if (s->worker_started) {
    /* The worker answers what is queued with 503 and resumes its waiters;
       then no connection stays suspended when MHD stops. */
    pthread_mutex_lock(&s->mu);
    s->stopping = 1;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->worker, NULL);
  }
  if (d)
    MHD_stop_daemon(d);
  if (s->worker_started) {
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cv);
  }
  while (s->live) {
    struct job *j = s->live;
    s->live = j->next_live;
    job_free(j);
  }
  db_close(s->wdb);
  cache_clear(s);
  for (int i = 0; i < 5; i++)
    report_render_release(&s->rr[i]);
  if (s->token) {
    memset(s->token, 0, s->token_len);
    free(s->token);
  }
}

/* A random id for this run of the server (part of every ETag). */
static int boot_id(struct server *s)
{
  unsigned char rnd[4] = {0};
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0 || read(fd, rnd, sizeof rnd) != (ssize_t)sizeof rnd) {
    if (fd >= 0)
      close(fd);
    return error("cannot read random bytes from /dev/urandom");
  }
  close(fd);
  snprintf(s->boot, sizeof s->boot, "%02x%02x%02x%02x", rnd[0], rnd[1], rnd[2], rnd[3]);
  return 0;
}

int cmd_serve(struct ctx *c, int argc, char **argv)
{
  struct opt_parsed p;
  int rc = opt_parse(&p, argc, argv, &help);
  if (rc)
    return rc > 0 ? 0 : rc;
  struct server s;
  struct MHD_Daemon *d = NULL;
  char *token_file = NULL;
  memset(&s, 0, sizeof s);
  s.c = c;
  if (p.npos) {
    rc = usage_error("'serve' takes no arguments (see 'pubrec serve --help')");
    goto done;
  }
  if (opt_globals.json || c->json) {
    rc = usage_error("--json does not apply to 'serve' (ask for /report.json instead)");
    goto done;
  }
  const char *tf = opt_get(&p, "token-file");
  if (tf && !*tf) {
    rc = usage_error("--token-file needs a file name");
    goto done;
  }
  token_file = tf ? xstrdup(tf) : default_token_file();
  if (opt_has(&p, "new-token")) {
    if (opt_get(&p, "listen") || opt_get(&p, "max-connections") || opt_get(&p, "timeout")) {
      rc = usage_error("--new-token only writes the token file: start the server without it");
      goto done;
    }
    if (!token_file) {
      rc = error("no place for the token: give --token-file FILE (or set HOME)");
      goto done;
    }
    rc = new_token(token_file);
    goto done;
  }
  int max_conn, timeout;
  if ((rc = opt_int(&p, "max-connections", 1, 10000, SERVE_MAX_CONNECTIONS, &max_conn)) != 0 ||
      (rc = opt_int(&p, "timeout", 1, 3600, SERVE_TIMEOUT, &timeout)) != 0)
    goto done;
  const char *listen = opt_get(&p, "listen") ? opt_get(&p, "listen") : SERVE_DEFAULT_LISTEN;
  struct sockaddr_storage addr;
  socklen_t alen = 0;
  int loopback = 0;
  if ((rc = parse_listen(listen, &addr, &alen, &loopback)) != 0)
    goto done;
  if ((rc = serve_token(&s, tf, token_file, listen, loopback)) != 0)
    goto done;

  if ((rc = load_mhd()) != 0)
    goto done;
  c->readonly = 1;
  if ((rc = ctx_open(c)) != 0)
    goto done;
  /* A read-only open recomputes nothing: a database whose open matters an
     upgrade left to recompute would be served with its old dates. */
  char *pending = NULL;
  if ((rc = store_recompute_pending(&c->st, &pending)) != 0)
    goto done;
  if (pending) {
    rc = error("the deadlines of open matters in '%s' are not yet recomputed after an upgrade "
               "(%s), and serve only reads: run 'pubrec init' once (it recomputes them), then "
               "start again",
               c->db_path, pending);
    free(pending);
    goto done;
  }
  static const char *const fmts[] = {"html", "json", "text", "md", "csv"};
  for (int i = 0; i < 5; i++)
    if ((rc = report_render_prepare(&s.rr[i], fmts[i], 0, NULL)) != 0 ||
        (rc = report_render_load(&s.rr[i])) != 0)
      goto done;
  if ((rc = boot_id(&s)) != 0)
    goto done;
  s.version = -1;
  s.changed_at = time(NULL);
  /* The render worker reads through a connection of its own. */
  if ((rc = db_open_readonly(&s.wdb, c->db_path)) != 0)
    goto done;
  s.wst.db = s.wdb;
  s.wst.now = s.wnow;
  s.wst.by = "serve"; /* never written: the worker only reads */
  s.wst.today = s.wtoday;
  snprintf(s.wnow, sizeof s.wnow, "%s", c->now);
  snprintf(s.wtoday, sizeof s.wtoday, "%s", c->today);

  /* SIGINT and SIGTERM are taken by sigwait below: block them before the
     polling thread starts, so it inherits the mask. */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);
  pthread_mutex_init(&s.mu, NULL);
  pthread_cond_init(&s.cv, NULL);
  if (pthread_create(&s.worker, NULL, worker_main, &s) != 0) {
    rc = error("cannot start the render thread: %s", strerror(errno));
    goto done;
  }
  s.worker_started = 1;

  unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_ALLOW_SUSPEND_RESUME;
  if (addr.ss_family == AF_INET6)
    flags |= MHD_USE_IPv6;
  d = MHD_start_daemon(flags, 0, NULL, NULL, handle, &s, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
                       MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_CONNECTION_LIMIT,
                       (unsigned)max_conn, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout,
                       MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVE_MEMORY_LIMIT,
                       MHD_OPTION_URI_LOG_CALLBACK, log_uri, &s, MHD_OPTION_NOTIFY_COMPLETED,
                       completed, &s, MHD_OPTION_END);
  if (!d) {
    rc = error("cannot listen on '%s': %s (is the port in use?)", listen, strerror(errno));
    goto done;
  }
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  unsigned port = info ? info->port : 0;
  char host[INET6_ADDRSTRLEN] = "?";
  if (addr.ss_family == AF_INET)
    inet_ntop(AF_INET, &((struct sockaddr_in *)&addr)->sin_addr, host, sizeof host);
  else
    inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&addr)->sin6_addr, host, sizeof host);
  fprintf(stderr, "pubrec: serving %s read-only at http://%s%s%s:%u%s/calendar.ics%s\n", c->db_path,
          addr.ss_family == AF_INET6 ? "[" : "", host, addr.ss_family == AF_INET6 ? "]" : "", port,
          s.token ? "/t/TOKEN" : "", s.token ? " (TOKEN: see the token file)" : "");
  fflush(stderr);

  int sig = 0;
  sigwait(&stop, &sig);
  pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
  fprintf(stderr, "pubrec: %s: stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
  rc = 0;
done:
  server_release(&s, d);
  free(token_file);
  opt_release(&p);
  return rc;
}
