/*
** deadline_bench.c — time 1,000,000 working-day deadlines (us-foia: 20
** working days, us-federal calendar, receipt on a non-working day moves day 0)
** with dl_compute, starts spread over 2000-2060. Only the computation is
** timed (the calendar is built first, as pubrec does once per run).
**
** Usage: deadline_bench [DATAFILE]
** With DATAFILE, writes the inputs and results for bench/deadline_numpy.py as
** little-endian int32 arrays: nholidays, nstarts, holidays[], starts[], dues[].
** Prints "c ns/deadline: X".
*/
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "deadline.h"
#include "holidays.h"
#include "seed_calendars.h"

#define N 1000000
#define ROUNDS 5

static double now_ns(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int write_i32(FILE *f, const int32_t *v, size_t n)
{
  return fwrite(v, sizeof(*v), n, f) == n ? 0 : -1;
}

int main(int argc, char **argv)
{
  static dl_day starts[N], dues[N];
  struct hol_set cal;
  struct dl_rule rule = seed_dl_rule("us-foia", 0);
  dl_day first = dl_from_civil(2000, 1, 1), last = dl_from_civil(2060, 12, 31);
  uint64_t rng = 42;
  double best = 1e300;
  long long check = 0;
  int round, bad = 0;
  size_t i;

  if (seed_build(&cal, "us-federal", 1970, 2100) != 0) {
    fprintf(stderr, "deadline_bench: cannot build the us-federal calendar\n");
    return 1;
  }
  for (i = 0; i < N; i++) {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    starts[i] = first + (dl_day)((rng >> 33) % (uint64_t)(last - first + 1));
  }

  for (round = 0; round < ROUNDS; round++) {
    double t0 = now_ns(), t;
    for (i = 0; i < N; i++) {
      struct dl_input in;
      struct dl_result r;
      dl_input_init(&in, starts[i]);
      bad |= dl_compute(&r, &rule, &in, &cal);
      dues[i] = r.due;
    }
    t = now_ns() - t0;
    if (t < best)
      best = t;
  }
  for (i = 0; i < N; i++)
    check += dues[i];
  if (bad) {
    fprintf(stderr, "deadline_bench: dl_compute failed\n");
    return 1;
  }
  printf("c ns/deadline: %.1f (best of %d rounds of %d; checksum %lld)\n", best / N, ROUNDS, N,
         check);

  if (argc > 1) {
    FILE *f = fopen(argv[1], "wb");
    int32_t head[2];
    int32_t *hol = malloc((cal.n ? cal.n : 1) * sizeof(*hol));
    int rc = 0;
    if (!f || !hol) {
      fprintf(stderr, "deadline_bench: cannot write '%s'\n", argv[1]);
      return 1;
    }
    for (i = 0; i < cal.n; i++)
      hol[i] = cal.days[i].day;
    head[0] = (int32_t)cal.n;
    head[1] = N;
    rc |= write_i32(f, head, 2);
    rc |= write_i32(f, hol, cal.n);
    rc |= write_i32(f, starts, N);
    rc |= write_i32(f, dues, N);
    rc |= fclose(f);
    free(hol);
    if (rc) {
      fprintf(stderr, "deadline_bench: cannot write '%s'\n", argv[1]);
      return 1;
    }
  }
  hol_set_release(&cal);
  return 0;
}
