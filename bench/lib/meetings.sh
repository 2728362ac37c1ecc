# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Video meetings (bench/Meetings.java): the same Chromium peers through a bare Janus echo test (the limit)
# and through the app's booked, recorded calls, both on this run's Janus.
bench_meetings() {
  local cp="$WORK/classpath" line calls limit
  [ -x /usr/bin/chromium ] || die "no /usr/bin/chromium (apt-get install chromium)"
  command -v ffprobe >/dev/null || die "no ffprobe (apt-get install ffmpeg)"
  (cd "$REPO" && ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) \
    || die "no classpath"
  say "meetings: steps of $MEETINGS_STEPS calls (two Chromium peers each, fake camera), ${MEETINGS_SETTLE} s settling + ${MEETINGS_SECONDS} s measured each; at each step the echo test, then ours"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp")" "$BENCH_DIR/Meetings.java" "$JANUS_URL" "$JANUS_PID" "$BASE" "$APP_PID" \
    "$WORK/meetings" "$MEETINGS_STEPS" "$MEETINGS_SETTLE" "$MEETINGS_SECONDS" "$(getconf CLK_TCK)" \
    >"$WORK/meetings.out" 2>"$WORK/meetings.err" || { tail -n 30 "$WORK/meetings.err" "$WORK/meetings.out" >&2; die "bench/Meetings.java failed"; }
  grep -E '^(limit|ours):|^  recordings' "$WORK/meetings.out" | sed 's/^ *//; s/^/  · /'
  line=$(grep '^meetings:' "$WORK/meetings.out" | tail -1)
  [ -n "$line" ] || { tail -30 "$WORK/meetings.err" >&2; die "bench/Meetings.java printed no result"; }
  calls=$(sed -n 's/^meetings: \([0-9]*\) .*/\1/p' <<<"$line")
  limit=$(sed -n "s/.*echo test's \([0-9]*\) calls.*/\1/p" <<<"$line")
  record meetings "$calls" "recorded calls" "bare Janus echo test" "$limit" calls "$(ratio "$calls" "$limit")" ""
  record "meetings: cores per call" "$(sed -n 's/.*, \([0-9.]*\) cores per call.*/\1/p' <<<"$line")" cores "" "" "" "" ""
  MEETINGS_LINE=$line
  result "$line"
}
