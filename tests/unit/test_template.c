/*
** test_template.c — unit tests for src/template.c (cmocka).
**
** Build: cc -std=c11 -Isrc src/util.c src/template.c tests/unit/test_template.c
**        -ljansson -lcmocka
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "template.h"
#include "util.h"

/* Render text over the JSON in model_text; returns the output (caller frees) or NULL. */
static char *render_full(const char *text, const char *model_text, enum tmpl_escape esc, int strict,
                         struct tmpl_error *err)
{
  struct tmpl_error local;
  if (!err)
    err = &local;
  json_error_t jerr;
  json_t *model = json_loads(model_text, 0, &jerr);
  if (!model)
    fail_msg("bad test model: %s", jerr.text);
  struct tmpl *t = tmpl_parse(text, strlen(text), "test.tmpl", err);
  char *res = NULL;
  if (t) {
    struct buf out = BUF_INIT;
    if (tmpl_render(&out, t, model, esc, strict, err) == 0)
      res = buf_detach(&out, NULL);
    buf_release(&out);
  }
  tmpl_free(t);
  json_decref(model);
  return res;
}

#define CHECK(tmpl_text, model, esc, strict, expect)                                               \
  do {                                                                                             \
    struct tmpl_error e_;                                                                          \
    char *got_ = render_full(tmpl_text, model, esc, strict, &e_);                                  \
    if (!got_)                                                                                     \
      fail_msg("render failed: %d:%d: %s", e_.line, e_.column, e_.text);                           \
    assert_string_equal(got_, expect);                                                             \
    free(got_);                                                                                    \
  } while (0)

#define TEXT(tmpl_text, model, expect) CHECK(tmpl_text, model, TMPL_ESC_NONE, 1, expect)

/* Expect a parse error at line:column with exactly msg. */
static void expect_parse_error(const char *text, int line, int column, const char *msg)
{
  struct tmpl_error err;
  memset(&err, 0, sizeof err);
  struct tmpl *t = tmpl_parse(text, strlen(text), "reports/x.tmpl", &err);
  if (t) {
    tmpl_free(t);
    fail_msg("parsed without error: %s", text);
  }
  assert_string_equal(err.file, "reports/x.tmpl");
  assert_string_equal(err.text, msg);
  assert_int_equal(err.line, line);
  assert_int_equal(err.column, column);
}

/* Expect a render error at line:column with exactly msg; strict on. */
static void expect_render_error(const char *text, const char *model, int line, int column,
                                const char *msg)
{
  struct tmpl_error err;
  memset(&err, 0, sizeof err);
  char *got = render_full(text, model, TMPL_ESC_NONE, 1, &err);
  if (got) {
    free(got);
    fail_msg("rendered without error: %s", text);
  }
  assert_string_equal(err.file, "test.tmpl");
  assert_string_equal(err.text, msg);
  assert_int_equal(err.line, line);
  assert_int_equal(err.column, column);
}

static void test_variables(void **state)
{
  (void)state;
  TEXT("Hello, {{name}}!", "{\"name\": \"World\"}", "Hello, World!");
  TEXT("{{ name }}|{{name}}", "{\"name\": \"x\"}", "x|x");
  TEXT("{{i}} {{neg}} {{big}}", "{\"i\": 42, \"neg\": -7, \"big\": 9007199254740993}",
       "42 -7 9007199254740993");
  TEXT("{{a}} {{b}} {{c}} {{d}}", "{\"a\": 2.0, \"b\": 12.55, \"c\": 0.1, \"d\": -3.5}",
       "2 12.55 0.1 -3.5");
  TEXT("[{{t}}] [{{f}}] [{{n}}]", "{\"t\": true, \"f\": false, \"n\": null}", "[true] [false] []");
  TEXT("no tags at all\n", "{}", "no tags at all\n");
  TEXT("", "{}", "");
  TEXT("a } b }} c {", "{}", "a } b }} c {");
}

static void test_escape_html(void **state)
{
  (void)state;
  CHECK("<p>{{x}}</p>", "{\"x\": \"<script>alert(1)</script>\"}", TMPL_ESC_HTML, 1,
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  CHECK("{{x}}", "{\"x\": \"a & b \\\"c\\\" 'd'\"}", TMPL_ESC_HTML, 1,
        "a &amp; b &quot;c&quot; &#39;d&#39;");
  CHECK("{{{x}}}|{{& x}}|{{x}}", "{\"x\": \"<b>\"}", TMPL_ESC_HTML, 1, "<b>|<b>|&lt;b&gt;");
  /* Template text itself is never escaped. */
  CHECK("<a href=\"{{u}}\">", "{\"u\": \"?a=1&b=2\"}", TMPL_ESC_HTML, 1,
        "<a href=\"?a=1&amp;b=2\">");
}

static void test_escape_none(void **state)
{
  (void)state;
  CHECK("{{x}}", "{\"x\": \"<b> & | \\\"q\\\", \\n\"}", TMPL_ESC_NONE, 1, "<b> & | \"q\", \n");
}

static void test_escape_csv(void **state)
{
  (void)state;
  CHECK("{{a}},{{b}}\n", "{\"a\": \"plain\", \"b\": 3}", TMPL_ESC_CSV, 1, "plain,3\n");
  CHECK("{{x}}", "{\"x\": \"a,b\"}", TMPL_ESC_CSV, 1, "\"a,b\"");
  CHECK("{{x}}", "{\"x\": \"say \\\"hi\\\"\"}", TMPL_ESC_CSV, 1, "\"say \"\"hi\"\"\"");
  CHECK("{{x}}", "{\"x\": \"line1\\nline2\"}", TMPL_ESC_CSV, 1, "\"line1\nline2\"");
  CHECK("{{x}}", "{\"x\": \"cr\\rhere\"}", TMPL_ESC_CSV, 1, "\"cr\rhere\"");
  CHECK("{{x}}", "{\"x\": \"Smith, \\\"J\\\"\\r\\nDenver\"}", TMPL_ESC_CSV, 1,
        "\"Smith, \"\"J\"\"\r\nDenver\"");
  CHECK("{{x}}", "{\"x\": \"\\\"\"}", TMPL_ESC_CSV, 1, "\"\"\"\"");
  CHECK("[{{x}}]", "{\"x\": \"\"}", TMPL_ESC_CSV, 1, "[]");
  /* Formula-injection guard on strings only. */
  CHECK("{{x}}", "{\"x\": \"=HYPERLINK(1)\"}", TMPL_ESC_CSV, 1, "'=HYPERLINK(1)");
  CHECK("{{a}};{{b}};{{c}}", "{\"a\": \"+1 555\", \"b\": \"-x\", \"c\": \"@SUM(A1)\"}",
        TMPL_ESC_CSV, 1, "'+1 555;'-x;'@SUM(A1)");
  CHECK("{{x}}", "{\"x\": \"=1,2\"}", TMPL_ESC_CSV, 1, "\"'=1,2\"");
  CHECK("{{x}}", "{\"x\": \"\\tx\"}", TMPL_ESC_CSV, 1, "'\tx");
  CHECK("{{n}} {{r}}", "{\"n\": -5, \"r\": -1.5}", TMPL_ESC_CSV, 1, "-5 -1.5");
  CHECK("{{x}}", "{\"x\": \"a=b\"}", TMPL_ESC_CSV, 1, "a=b");
  /* Unescaped tags bypass CSV quoting too. */
  CHECK("{{{x}}}", "{\"x\": \"a,\\\"b\"}", TMPL_ESC_CSV, 1, "a,\"b");
}

static void test_escape_md(void **state)
{
  (void)state;
  CHECK("| {{x}} |", "{\"x\": \"a|b\"}", TMPL_ESC_MD, 1, "| a\\|b |");
  CHECK("{{x}}", "{\"x\": \"one\\ntwo\\r\\nthree\\rfour\"}", TMPL_ESC_MD, 1, "one two three four");
  CHECK("{{x}}", "{\"x\": \"back\\\\slash\"}", TMPL_ESC_MD, 1, "back\\\\slash");
  CHECK("{{x}}", "{\"x\": \"*em* _u_ <b>\"}", TMPL_ESC_MD, 1, "*em* _u_ &lt;b>");
  CHECK("{{x}}", "{\"x\": \"<script>alert(1)</script> & co\"}", TMPL_ESC_MD, 1,
        "&lt;script>alert(1)&lt;/script> &amp; co");
  CHECK("{{{x}}}", "{\"x\": \"a|b\\nc\"}", TMPL_ESC_MD, 1, "a|b\nc");
}

static void test_dotted_names(void **state)
{
  (void)state;
  const char *m = "{\"a\": {\"b\": {\"c\": \"deep\"}}, \"x\": {\"y\": 1}}";
  TEXT("{{a.b.c}}", m, "deep");
  TEXT("{{#a}}{{b.c}}{{/a}}", m, "deep");
  /* The first part resolves up the stack; the rest only inside it. */
  TEXT("{{#a.b}}{{x.y}}{{/a.b}}", m, "1");
  CHECK("[{{a.b.zz}}] [{{a.q.c}}] [{{a.b.c.d}}]", m, TMPL_ESC_NONE, 0, "[] [] []");
  expect_render_error("\n  {{a.q.c}}", m, 2, 3, "unknown variable 'a.q.c'");
  /* a.b is found in the inner object {"a": {}} and does not fall back outward. */
  CHECK("{{#inner}}[{{a.b}}]{{/inner}}", "{\"a\": {\"b\": 1}, \"inner\": {\"a\": {}}}",
        TMPL_ESC_NONE, 0, "[]");
}

static void test_implicit_iterator(void **state)
{
  (void)state;
  TEXT("{{#xs}}({{.}}){{/xs}}", "{\"xs\": [\"a\", 1, 2.5, true]}", "(a)(1)(2.5)(true)");
  CHECK("{{#xs}}<{{.}}>{{/xs}}", "{\"xs\": [\"&\"]}", TMPL_ESC_HTML, 1, "<&amp;>");
  TEXT("{{#s}}[{{.}}]{{/s}}", "{\"s\": \"str\"}", "[str]");
  TEXT("{{#m}}{{#.}}{{.}}{{/.}};{{/m}}", "{\"m\": [[1, 2], [3]]}", "12;3;");
}

static void test_sections(void **state)
{
  (void)state;
  TEXT("{{#rows}}{{id}}:{{t}} {{/rows}}",
       "{\"rows\": [{\"id\": 1, \"t\": \"a\"}, {\"id\": 2, \"t\": \"b\"}]}", "1:a 2:b ");
  TEXT("{{#o}}{{k}}{{/o}}", "{\"o\": {\"k\": \"v\"}}", "v");
  TEXT("{{#o}}yes{{/o}}", "{\"o\": {}}", "yes");
  TEXT("{{#b}}yes{{/b}}", "{\"b\": true}", "yes");
  TEXT("{{#n}}yes{{/n}}", "{\"n\": 3}", "yes");
  TEXT("{{#s}}yes{{/s}}", "{\"s\": \"x\"}", "yes");
  /* Falsy: false, null, [], "", 0, 0.0. */
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": false}", "[]");
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": null}", "[]");
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": []}", "[]");
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": \"\"}", "[]");
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": 0}", "[]");
  TEXT("[{{#v}}no{{/v}}]", "{\"v\": 0.0}", "[]");
  CHECK("[{{#missing}}no{{/missing}}]", "{}", TMPL_ESC_NONE, 0, "[]");
  /* Nested sections, and the same name twice in a row. */
  TEXT("{{#a}}{{#b}}{{c}}{{/b}}{{/a}}{{#a}}!{{/a}}",
       "{\"a\": [{\"b\": [{\"c\": 1}, {\"c\": 2}]}, {\"b\": []}]}", "12!!");
}

static void test_inverted(void **state)
{
  (void)state;
  TEXT("{{^v}}none{{/v}}", "{\"v\": []}", "none");
  TEXT("{{^v}}none{{/v}}", "{\"v\": false}", "none");
  TEXT("{{^v}}none{{/v}}", "{\"v\": null}", "none");
  TEXT("{{^v}}none{{/v}}", "{\"v\": \"\"}", "none");
  TEXT("{{^v}}none{{/v}}", "{\"v\": 0}", "none");
  TEXT("[{{^v}}none{{/v}}]", "{\"v\": [1]}", "[]");
  TEXT("[{{^v}}none{{/v}}]", "{\"v\": true}", "[]");
  TEXT("[{{^v}}none{{/v}}]", "{\"v\": {}}", "[]");
  CHECK("{{^missing}}none{{/missing}}", "{}", TMPL_ESC_NONE, 0, "none");
  /* An inverted section pushes nothing: names resolve as outside it. */
  TEXT("{{^v}}{{x}}{{/v}}", "{\"v\": null, \"x\": \"outer\"}", "outer");
  TEXT("{{#xs}}{{.}}{{/xs}}{{^xs}}empty{{/xs}}", "{\"xs\": []}", "empty");
}

static void test_context_stack(void **state)
{
  (void)state;
  const char *m = "{\"agency\": \"CDOT\", \"name\": \"outer\", \"reqs\": "
                  "[{\"name\": \"r1\"}, {\"name\": \"r2\", \"agency\": \"DPS\"}]}";
  TEXT("{{#reqs}}{{name}}@{{agency}} {{/reqs}}{{name}}", m, "r1@CDOT r2@DPS outer");
  TEXT("{{#reqs}}{{#agency}}<{{.}}>{{/agency}}{{/reqs}}", m, "<CDOT><DPS>");
  /* Scalars on the stack are skipped by name lookups. */
  TEXT("{{#xs}}{{label}}{{.}} {{/xs}}", "{\"label\": \"n=\", \"xs\": [1, 2]}", "n=1 n=2 ");
  /* A null model resolves nothing. */
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse("a{{x}}b", 7, NULL, &err);
  assert_non_null(t);
  struct buf out = BUF_INIT;
  assert_int_equal(tmpl_render(&out, t, NULL, TMPL_ESC_NONE, 0, &err), 0);
  assert_string_equal(buf_str(&out), "ab");
  assert_int_equal(tmpl_render(&out, t, NULL, TMPL_ESC_NONE, 1, &err), -1);
  assert_string_equal(err.file, "<template>");
  assert_string_equal(err.text, "unknown variable 'x'");
  assert_string_equal(buf_str(&out), "ab");
  buf_release(&out);
  tmpl_free(t);
}

static void test_standalone(void **state)
{
  (void)state;
  const char *m = "{\"xs\": [{\"n\": 1}, {\"n\": 2}], \"t\": true, \"f\": false}";
  TEXT("# Report\n{{#xs}}\n- {{n}}\n{{/xs}}\nend\n", m, "# Report\n- 1\n- 2\nend\n");
  /* Indented tags with trailing blanks; inverted section lines too. */
  TEXT("a\n  {{#t}}  \n  b\n\t{{/t}}\t\n  {{^f}}\nc\n  {{/f}}\nd\n", m, "a\n  b\nc\nd\n");
  /* CRLF line endings. */
  TEXT("|\r\n{{#t}}\r\n{{/t}}\r\n|", m, "|\r\n|");
  /* First line and last line (no final newline). */
  TEXT("{{#t}}\nx\n{{/t}}", m, "x\n");
  TEXT("  {{#t}}\n#{{/t}}\n/", m, "#\n/");
  /* Comments, including multi-line ones. */
  TEXT("a\n{{! note }}\nb\n  {{!\n  long\n  }}  \nc\n", m, "a\nb\nc\n");
  /* Not standalone: other content or a second tag on the line, or a variable. */
  TEXT(" {{#t}}YES{{/t}}\n", m, " YES\n");
  TEXT("{{#t}}{{/t}}\nx", m, "\nx");
  TEXT("x {{#t}}\ny{{/t}}", m, "x \ny");
  TEXT("{{#t}} x\ny{{/t}}", m, " x\ny");
  TEXT("a\n  {{t}}\nb", m, "a\n  true\nb");
  /* Empty lines around standalone tags stay. */
  TEXT("\n{{#t}}\n\n{{/t}}\n\n", m, "\n\n\n");
}

static void test_comments(void **state)
{
  (void)state;
  /* As in Mustache, a comment ends at the first "}}"; "{{" inside is fine. */
  TEXT("a{{! {{ not a tag }}b", "{}", "ab");
  TEXT("a{{! x }} me }}b", "{}", "a me }}b");
  TEXT("a{{!}}b", "{}", "ab");
  TEXT("a {{! x }} b", "{}", "a  b");
}

static void test_triple_mustache(void **state)
{
  (void)state;
  CHECK("{{{ x }}}{{&x}}{{& x }}", "{\"x\": \"<&>\"}", TMPL_ESC_HTML, 1, "<&><&><&>");
  CHECK("{{{n}}}", "{\"n\": 5}", TMPL_ESC_HTML, 1, "5");
  CHECK("{{{missing}}}", "{}", TMPL_ESC_HTML, 0, "");
  expect_render_error("{{{missing}}}", "{}", 1, 1, "unknown variable 'missing'");
}

static void test_parse_errors(void **state)
{
  (void)state;
  expect_parse_error("line one\nab {{name\nmore", 2, 4, "'{{' has no closing '}}'");
  expect_parse_error("x {{a {{b}}", 1, 3, "'{{' has no closing '}}'");
  expect_parse_error("{{{x}}", 1, 1, "'{{{' has no closing '}}}'");
  expect_parse_error("abc{{", 1, 4, "'{{' has no closing '}}'");
  expect_parse_error("\n\n   {{  }}", 3, 4, "empty tag name");
  expect_parse_error("{{#}}", 1, 1, "empty tag name");
  expect_parse_error("{{{ }}}", 1, 1, "empty tag name");
  expect_parse_error("ok\n {{a b}}", 2, 2, "invalid tag name 'a b'");
  expect_parse_error("{{a..b}}", 1, 1, "invalid tag name 'a..b'");
  expect_parse_error("{{.a}}", 1, 1, "invalid tag name '.a'");
  expect_parse_error("{{#a.}}{{/a.}}", 1, 1, "invalid tag name 'a.'");
  expect_parse_error("{{> header}}", 1, 1, "unsupported tag '{{>'");
  expect_parse_error("x\n{{=<% %>=}}", 2, 1, "unsupported tag '{{='");
  expect_parse_error("a\nb {{/x}}", 2, 3, "'{{/x}}' has no open section");
  expect_parse_error("{{#a}}\n  {{#b}}\n  {{/a}}\n{{/b}}", 3, 3,
                     "'{{/a}}' closes 'b' opened at line 2, column 3");
  expect_parse_error("{{#a}}{{/b}}", 1, 7, "'{{/b}}' closes 'a' opened at line 1, column 1");
  /* Unclosed sections point at the end of the text. */
  expect_parse_error("x\n {{#items}}\n  {{name}}\n", 4, 1,
                     "unclosed section 'items' opened at line 2, column 2");
  expect_parse_error("{{^a}}{{#b}}{{/b}}ab", 1, 21,
                     "unclosed section 'a' opened at line 1, column 1");
  /* Columns count UTF-8 characters, not bytes. */
  expect_parse_error("é€ {{}}", 1, 4, "empty tag name");
  /* NULL err is allowed. */
  assert_null(tmpl_parse("{{", 2, NULL, NULL));
}

static void test_nesting_limit(void **state)
{
  (void)state;
  struct buf ok = BUF_INIT, deep = BUF_INIT;
  for (int i = 0; i < TMPL_MAX_DEPTH; i++)
    buf_adds(&ok, "{{#a}}");
  buf_adds(&ok, "{{x}}");
  for (int i = 0; i < TMPL_MAX_DEPTH; i++)
    buf_adds(&ok, "{{/a}}");
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse(ok.data, ok.len, "deep.tmpl", &err);
  assert_non_null(t);
  json_t *model = json_pack("{s:b, s:s}", "a", 1, "x", "bottom");
  struct buf out = BUF_INIT;
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_NONE, 1, &err), 0);
  assert_string_equal(buf_str(&out), "bottom");
  buf_release(&out);
  json_decref(model);
  tmpl_free(t);

  buf_adds(&deep, "\n");
  for (int i = 0; i <= TMPL_MAX_DEPTH; i++)
    buf_adds(&deep, "{{#a}}");
  assert_null(tmpl_parse(deep.data, deep.len, "deep.tmpl", &err));
  assert_string_equal(err.text, "sections nested deeper than 64");
  assert_int_equal(err.line, 2);
  assert_int_equal(err.column, 1 + 6 * TMPL_MAX_DEPTH);
  buf_release(&ok);
  buf_release(&deep);
}

static void test_strict_vs_lenient(void **state)
{
  (void)state;
  const char *m = "{\"o\": {\"k\": 1}, \"xs\": [1], \"n\": null, \"rows\": [{\"a\": 1}]}";
  CHECK("[{{nope}}][{{o}}][{{xs}}][{{n}}]", m, TMPL_ESC_NONE, 0, "[][][][]");
  TEXT("[{{n}}]", m, "[]");
  expect_render_error("ok\n\tx {{nope}}", m, 2, 4, "unknown variable 'nope'");
  expect_render_error("{{#nope}}\n{{/nope}}", m, 1, 1, "unknown section 'nope'");
  expect_render_error("a{{^nope}}{{/nope}}", m, 1, 2, "unknown section 'nope'");
  expect_render_error("{{o}}", m, 1, 1, "variable 'o' is an object");
  expect_render_error("{{&xs}}", m, 1, 1, "variable 'xs' is an array");
  expect_render_error("{{#rows}}\n  {{a}} {{b}}\n{{/rows}}", m, 2, 9, "unknown variable 'b'");
}

static void test_error_restores_output(void **state)
{
  (void)state;
  struct tmpl_error err;
  const char *text = "partial {{#xs}}{{.}}{{/xs}} {{missing}}";
  struct tmpl *t = tmpl_parse(text, strlen(text), "r.tmpl", &err);
  assert_non_null(t);
  json_t *model = json_pack("{s:[i,i]}", "xs", 1, 2);
  struct buf out = BUF_INIT;
  buf_adds(&out, "keep");
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_NONE, 1, &err), -1);
  assert_string_equal(buf_str(&out), "keep");
  assert_int_equal(out.len, 4);
  assert_int_equal(err.line, 1);
  assert_int_equal(err.column, 29);
  assert_int_equal(err.position, 28);
  /* Same template renders again, appending. */
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_NONE, 0, NULL), 0);
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_NONE, 0, NULL), 0);
  assert_string_equal(buf_str(&out), "keeppartial 12 partial 12 ");
  buf_release(&out);
  json_decref(model);
  tmpl_free(t);
}

static void test_misc(void **state)
{
  (void)state;
  tmpl_free(NULL);
  /* Text is taken by length: NUL bytes survive, and a prefix parses alone. */
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse("a\0b{{x}}IGNORED", 8, "n.tmpl", &err);
  assert_non_null(t);
  json_t *model = json_pack("{s:s}", "x", "X");
  struct buf out = BUF_INIT;
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_NONE, 1, &err), 0);
  assert_int_equal(out.len, 4);
  assert_memory_equal(out.data, "a\0bX", 4);
  buf_release(&out);
  json_decref(model);
  tmpl_free(t);
  /* Long file names are truncated, not overflowed. */
  char name[400];
  memset(name, 'f', sizeof name - 1);
  name[sizeof name - 1] = '\0';
  assert_null(tmpl_parse("{{", 2, name, &err));
  assert_int_equal(strlen(err.file), sizeof err.file - 1);
}

static void test_large_array(void **state)
{
  (void)state;
  enum { N = 100000 };
  json_t *rows = json_array();
  for (int i = 0; i < N; i++)
    json_array_append_new(rows, json_pack("{s:i, s:s}", "id", i, "title", "a <b> & c"));
  json_t *model = json_pack("{s:o, s:s}", "rows", rows, "agency", "CDOT");
  const char *text = "<table>\n{{#rows}}\n<tr><td>{{id}}</td><td>{{title}}</td><td>{{agency}}"
                     "</td></tr>\n{{/rows}}\n</table>\n";
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse(text, strlen(text), "big.tmpl", &err);
  assert_non_null(t);
  struct buf out = BUF_INIT;
  clock_t c0 = clock();
  assert_int_equal(tmpl_render(&out, t, model, TMPL_ESC_HTML, 1, &err), 0);
  double secs = (double)(clock() - c0) / CLOCKS_PER_SEC;
  const char *row = "<tr><td>99999</td><td>a &lt;b&gt; &amp; c</td><td>CDOT</td></tr>\n</table>\n";
  assert_true(out.len > strlen(row));
  assert_string_equal(out.data + out.len - strlen(row), row);
  assert_memory_equal(out.data, "<table>\n<tr><td>0</td>", 22);
  /* Generous bound (sanitizers are slow); quadratic building would take minutes. */
  assert_true(secs < 5.0);
  buf_release(&out);
  json_decref(model);
  tmpl_free(t);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_variables),
      cmocka_unit_test(test_escape_html),
      cmocka_unit_test(test_escape_none),
      cmocka_unit_test(test_escape_csv),
      cmocka_unit_test(test_escape_md),
      cmocka_unit_test(test_dotted_names),
      cmocka_unit_test(test_implicit_iterator),
      cmocka_unit_test(test_sections),
      cmocka_unit_test(test_inverted),
      cmocka_unit_test(test_context_stack),
      cmocka_unit_test(test_standalone),
      cmocka_unit_test(test_comments),
      cmocka_unit_test(test_triple_mustache),
      cmocka_unit_test(test_parse_errors),
      cmocka_unit_test(test_nesting_limit),
      cmocka_unit_test(test_strict_vs_lenient),
      cmocka_unit_test(test_error_restores_output),
      cmocka_unit_test(test_misc),
      cmocka_unit_test(test_large_array),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
