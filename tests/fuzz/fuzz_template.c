/*
** fuzz_template.c — libFuzzer target for the report template renderer:
** tmpl_parse on any text, then tmpl_render over a fixed model in every
** escape mode, strict and lenient. Properties: no crash, no leak, an error
** always names a position inside the text.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "template.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char model_text[] =
    "{\"title\": \"Report <&> | [x](y) \\u001b[31m\", \"n\": 3, \"r\": 2.5, \"t\": true, "
    "\"f\": false, \"z\": null, \"e\": \"\", \"list\": [{\"a\": 1, \"b\": \"one\"}, "
    "{\"a\": 2, \"b\": \"=two,\\\"q\\\"\\n\"}], \"obj\": {\"x\": {\"y\": \"deep\"}}, "
    "\"empty\": [], \"nested\": [[1, 2], [3]]}";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static json_t *model;
  if (!model)
    model = json_loads(model_text, 0, NULL);
  if (size > 1 << 16)
    return 0;
  struct tmpl_error err;
  struct tmpl *t = tmpl_parse((const char *)data, size, "fuzz", &err);
  if (!t) {
    if (err.position > size || err.line < 1 || err.column < 1)
      abort();
    return 0;
  }
  for (int esc = TMPL_ESC_NONE; esc <= TMPL_ESC_TEXT; esc++) {
    for (int strict = 0; strict < 2; strict++) {
      struct buf out = BUF_INIT;
      if (tmpl_render(&out, t, model, (enum tmpl_escape)esc, strict, &err) != 0 && out.len != 0)
        abort(); /* a failed render restores the buffer */
      buf_release(&out);
    }
  }
  tmpl_free(t);
  return 0;
}
