#!/usr/bin/env bash
# Signs one SgGrid/ECS RPC call with ACS3-HMAC-SHA256 (as the official SDKs do) and sends it with curl, the body (if any)
# streamed from a file. Needs bash, curl and openssl.
#
#   scripts/acs3-curl.sh ACTION [--version V] [--file BODY.json] [Name=Value ...]
#
#   SGGRID_ENDPOINT            default http://127.0.0.1:8080
#   SGGRID_ACCESS_KEY_ID       default sggrid-dev
#   SGGRID_ACCESS_KEY_SECRET   default sggrid-dev-secret
#
# e.g.  scripts/acs3-curl.sh ExportRegion RegionId=cn-hangzhou > region.json
#       scripts/acs3-curl.sh ImportRegion --file region.json RegionId=cn-hangzhou Wait=true
set -euo pipefail

endpoint="${SGGRID_ENDPOINT:-http://127.0.0.1:8080}"
key_id="${SGGRID_ACCESS_KEY_ID:-sggrid-dev}"
secret="${SGGRID_ACCESS_KEY_SECRET:-sggrid-dev-secret}"
action="${1:?usage: $0 ACTION [--version V] [--file BODY] [Name=Value ...]}"
shift
version="2026-11-28"
file=""
params=()
while (($#)); do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --file) file="$2"; shift 2 ;;
    *=*) params+=("$1"); shift ;;
    *) echo "unexpected argument: $1" >&2; exit 2 ;;
  esac
done

# RFC 3986: unreserved characters stay, every other byte is %XX.
encode() {
  local LC_ALL=C text="$1" out="" c i
  for ((i = 0; i < ${#text}; i++)); do
    c="${text:i:1}"
    case "$c" in
      [A-Za-z0-9._~-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

query=""
if ((${#params[@]})); then
  while IFS= read -r pair; do
    name="${pair%%=*}"
    value="${pair#*=}"
    query+="${query:+&}$(encode "$name")=$(encode "$value")"
  done < <(printf '%s\n' "${params[@]}" | LC_ALL=C sort -t= -k1,1)
fi

if [[ -n "$file" ]]; then
  body_hash=$(openssl dgst -sha256 -hex < "$file" | awk '{print $NF}')
else
  body_hash=$(printf '' | openssl dgst -sha256 -hex | awk '{print $NF}')
fi

host="${endpoint#*://}"
host="${host%%/*}"
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
nonce=$(openssl rand -hex 16)
signed_headers="host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
canonical=$(printf 'POST\n/\n%s\nhost:%s\nx-acs-action:%s\nx-acs-content-sha256:%s\nx-acs-date:%s\nx-acs-signature-nonce:%s\nx-acs-version:%s\n\n%s\n%s' \
  "$query" "$host" "$action" "$body_hash" "$date" "$nonce" "$version" "$signed_headers" "$body_hash")
canonical_hash=$(printf '%s' "$canonical" | openssl dgst -sha256 -hex | awk '{print $NF}')
signature=$(printf 'ACS3-HMAC-SHA256\n%s' "$canonical_hash" | openssl dgst -sha256 -hmac "$secret" -hex | awk '{print $NF}')

args=(-sS -X POST "$endpoint/${query:+?$query}"
  -H "x-acs-action: $action" -H "x-acs-version: $version" -H "x-acs-date: $date"
  -H "x-acs-signature-nonce: $nonce" -H "x-acs-content-sha256: $body_hash"
  -H "Authorization: ACS3-HMAC-SHA256 Credential=$key_id,SignedHeaders=$signed_headers,Signature=$signature")
if [[ -n "$file" ]]; then
  # -T streams the body (--data-binary @file would read it whole into memory first); from stdin, so that curl does not
  # append the file's name to the path.
  args+=(-H "Content-Type: application/json" -T -)
  exec curl "${args[@]}" < "$file"
fi
exec curl "${args[@]}"
