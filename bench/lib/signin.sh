# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Sign-ins per second through the API (an Argon2id check of the password, then the SMS code read
# from the dev outbox), beside the raw Argon2id hash rate of the same parameters at the same
# concurrency, both measured by bench/SignIn.java in this run.
bench_signin() {
  local cp="$WORK/classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  local workers=$((NPROC * 2))
  say "signin: $workers workers, ${DURATION} s of Argon2id alone, then ${DURATION} s of sign-ins"
  "$JAVA_HOME/bin/java" -cp "$(cat "$cp")" "$BENCH_DIR/SignIn.java" "$BASE" "$DURATION" "$workers" >"$WORK/signin.out" \
    || { cat "$WORK/signin.out" >&2; die "bench/SignIn.java failed"; }
  sed 's/^/  · /' "$WORK/signin.out" | head -n -1
  SIGNIN_LINE=$(tail -1 "$WORK/signin.out")
  local value limit
  value=$(sed -n 's/^signin: \([0-9.]*\) .*/\1/p' <<<"$SIGNIN_LINE")
  limit=$(sed -n 's/.*argon2id \([0-9.]*\) hashes.*/\1/p' <<<"$SIGNIN_LINE")
  record signin "$value" sign-ins/s "argon2id" "$limit" hashes/s "$(ratio "$value" "$limit")" ""
  result "$SIGNIN_LINE"
}
