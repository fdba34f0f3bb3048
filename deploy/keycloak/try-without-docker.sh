#!/usr/bin/env bash
# Runs the single sign-on setup of the compose profile "sso" once for real, without Docker: downloads Keycloak's
# server distribution from Maven Central, starts it in dev mode with deploy/keycloak/journey-realm.json imported,
# starts journey against it, checks with curl what journey must do with the realm's tokens, prints PASS/FAIL per
# check, and stops both (by their process ids).
#
#   deploy/keycloak/try-without-docker.sh            # from the repository root; builds the jar if it is missing
#
# Settings (environment): KC_VERSION (26.0.8, the newest 26.0 patch; 26.0 is what the compose pins and it runs on
# Java 17; so does 26.7.3, the newest when this was written), KC_PORT (8181), JOURNEY_PORT (18181), SKIP_EXPIRED=1 skips the expired-token check (it waits ~70 s).
# Everything is written under target/keycloak-try/; Keycloak's H2 data and journey's data are made anew each run.
set -uo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
KC_VERSION=${KC_VERSION:-26.0.8}
KC_PORT=${KC_PORT:-8181}
JOURNEY_PORT=${JOURNEY_PORT:-18181}
WORK=$ROOT/target/keycloak-try
KC_HOME=$WORK/keycloak-$KC_VERSION
ISSUER=http://localhost:$KC_PORT/realms/journey
JOURNEY=http://localhost:$JOURNEY_PORT
ADMIN_PASSWORD=try-admin-$$
KC_ADMIN_PASSWORD=try-kc-admin-$$
KC_PID=
JOURNEY_PID=
PASSED=0
FAILED=0

stop() {
  for pid in $JOURNEY_PID $KC_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
  done
}
trap stop EXIT

check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    echo "PASS  $1"; PASSED=$((PASSED + 1))
  else
    echo "FAIL  $1: expected $2, got $3"; FAILED=$((FAILED + 1))
  fi
}

wait_for() { # wait_for URL SECONDS NAME
  for _ in $(seq "$2"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 1
  done
  echo "FAIL  $3 did not come up within $2 s (logs under $WORK)"; exit 1
}

mkdir -p "$WORK"
java -version 2>&1 | head -1

# 1. Keycloak from Maven Central, checked against its published SHA-1.
ZIP=$WORK/keycloak-quarkus-dist-$KC_VERSION.zip
URL=https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip
if [ ! -d "$KC_HOME" ]; then
  [ -f "$ZIP" ] || curl -sfL -o "$ZIP" "$URL" || { echo "FAIL  download of $URL"; exit 1; }
  [ "$(curl -sfL "$URL.sha1" | cut -c1-40)" = "$(sha1sum "$ZIP" | cut -c1-40)" ] \
    || { echo "FAIL  checksum of $ZIP"; rm -f "$ZIP"; exit 1; }
  (cd "$WORK" && unzip -q "$ZIP")
fi
rm -rf "$KC_HOME/data"
mkdir -p "$KC_HOME/data/import"
cp deploy/keycloak/journey-realm.json "$KC_HOME/data/import/"

# The same hostname idea as the compose file: a fixed hostname, so every token names one issuer.
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD \
  KC_HOSTNAME=http://localhost:$KC_PORT KC_HOSTNAME_BACKCHANNEL_DYNAMIC=true \
  "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm > "$WORK/keycloak.log" 2>&1 &
KC_PID=$!

# 2. journey, with its own port and data directory.
if [ ! -f journey-api/target/journey-api.jar ]; then
  ./mvnw -B -ntp -q package -DskipTests -pl journey-api -am || { echo "FAIL  build"; exit 1; }
fi
rm -rf "$WORK/journey-data"
SERVER_PORT=$JOURNEY_PORT JOURNEY_DATA_DIR=$WORK/journey-data JOURNEY_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  JOURNEY_OIDC_ISSUER=$ISSUER JOURNEY_OIDC_AUDIENCE=journey \
  java -jar journey-api/target/journey-api.jar > "$WORK/journey.log" 2>&1 &
JOURNEY_PID=$!

wait_for "$ISSUER/.well-known/openid-configuration" 400 Keycloak
wait_for "$JOURNEY/actuator/health/readiness" 400 journey
echo "Keycloak $(cat "$KC_HOME/version.txt" | tr -d '\n') (pid $KC_PID) on $KC_PORT, journey (pid $JOURNEY_PID) on $JOURNEY_PORT"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
claims() { python3 -c 'import json,sys,base64; p=sys.argv[1].split(".")[1]; p+="="*(-len(p)%4); print(base64.urlsafe_b64decode(p).decode())' "$1"; }
token() {
  curl -s "$ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=journey \
    -d username="$1" -d password="$1-password" | json 'd.get("access_token", "none: " + str(d))'
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
referral() {
  printf '{"type": "referral", "journeyId": "%s", "date": "2025-03-01", "initiative": "%s",
    "referringParty": "SOCIAL_INSURANCE_AGENCY", "person": {"gender": "WOMAN", "birthYear": 1980},
    "supportBefore": "ACTIVITY_SUPPORT"}' "$2" "$1"
}

check "discovery names issuer $ISSUER" "$ISSUER" "$(curl -s "$ISSUER/.well-known/openid-configuration" | json 'd["issuer"]')"

# 3. Each example user's token carries what journey reads.
for user in anna:STAFF:sala erik:ANALYST:fns,sala greta:AUDITOR:* sso-admin:ADMIN:*; do
  IFS=: read -r name role initiatives <<< "$user"
  T=$(token "$name")
  got=$(claims "$T" 2>/dev/null | json '"|".join([d["iss"], ",".join(d["aud"] if isinstance(d["aud"], list) else [d["aud"]]), d["preferred_username"], ",".join(d["journey_roles"]), ",".join(sorted(d["journey_initiatives"]))])')
  check "token of $name: iss|aud|preferred_username|journey_roles|journey_initiatives" \
    "$ISSUER|journey|$name|$role|$initiatives" "$got"
done

# 4. journey takes them.
for code in sala fns; do
  curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -X PUT "$JOURNEY/api/v1/initiatives/$code" \
    -H 'Content-Type: application/json' -d "{\"name\": \"Samordningsteam $code\", \"association\": \"vastmanland\"}"
done
ANNA=$(token anna)
ERIK=$(token erik)
ADMIN=$(token sso-admin)
check "STAFF anna records a referral in sala" 201 "$(status -X POST -H "Authorization: Bearer $ANNA" \
  -H 'Content-Type: application/json' "$JOURNEY/api/v1/journeys/try-sala-1/records" -d "$(referral sala try-sala-1)")"
check "STAFF anna is refused a referral in fns" 403 "$(status -X POST -H "Authorization: Bearer $ANNA" \
  -H 'Content-Type: application/json' "$JOURNEY/api/v1/journeys/try-fns-1/records" -d "$(referral fns try-fns-1)")"
check "STAFF anna reads her journey" 200 "$(status -H "Authorization: Bearer $ANNA" "$JOURNEY/api/v1/journeys/try-sala-1")"
check "the journey names anna as recorder" anna "$(curl -s -H "Authorization: Bearer $ANNA" \
  "$JOURNEY/api/v1/journeys/try-sala-1" | json 'd["records"][0]["recordedBy"]')"
check "ANALYST erik reads a report of sala" 200 "$(status -H "Authorization: Bearer $ERIK" \
  "$JOURNEY/api/v1/reports/participants?initiative=sala&from=2025-01-01&to=2025-12-31")"
check "ANALYST erik is refused a journey" 403 "$(status -H "Authorization: Bearer $ERIK" "$JOURNEY/api/v1/journeys/try-sala-1")"
check "ADMIN sso-admin creates an initiative" 201 "$(status -X PUT -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' "$JOURNEY/api/v1/initiatives/try-sso" -d '{"name": "Try", "association": "vastmanland"}')"
check "/api/v1/me of anna" 'STAFF|sala|anna' "$(curl -s -H "Authorization: Bearer $ANNA" "$JOURNEY/api/v1/me" \
  | json '"|".join([",".join(d["roles"]), ",".join(d["initiatives"]), d["username"]])')"
check "/api/v1/me of erik" 'ANALYST|fns,sala|erik' "$(curl -s -H "Authorization: Bearer $ERIK" "$JOURNEY/api/v1/me" \
  | json '"|".join([",".join(d["roles"]), ",".join(sorted(d["initiatives"])), d["username"]])')"
check "garbled token is 401" 401 "$(status -H 'Authorization: Bearer not.a.token' "$JOURNEY/api/v1/me")"
check "token with a broken signature is 401" 401 "$(status -H "Authorization: Bearer ${ANNA%??????}AAAAAA" "$JOURNEY/api/v1/me")"

if [ "${SKIP_EXPIRED:-}" != 1 ]; then
  # A token that Keycloak signed but that has expired: shorten the realm's token lifespan to 5 s for one token
  # (admin API), put it back, and wait out the lifespan and the 60 s clock skew journey allows.
  KC_ADMIN=$(curl -s "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=admin-cli -d username=admin -d password="$KC_ADMIN_PASSWORD" | json 'd["access_token"]')
  lifespan() {
    curl -s -o /dev/null -X PUT -H "Authorization: Bearer $KC_ADMIN" -H 'Content-Type: application/json' \
      "http://localhost:$KC_PORT/admin/realms/journey" -d "{\"accessTokenLifespan\": $1}"
  }
  lifespan 5
  SHORT=$(token anna)
  lifespan 300
  check "fresh short-lived token is accepted" 200 "$(status -H "Authorization: Bearer $SHORT" "$JOURNEY/api/v1/me")"
  sleep 70
  check "expired token is 401" 401 "$(status -H "Authorization: Bearer $SHORT" "$JOURNEY/api/v1/me")"
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
