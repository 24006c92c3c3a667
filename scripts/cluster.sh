#!/usr/bin/env bash
# A real SgGrid cluster on this machine: Azurite (Azure Table storage) and N silo processes on loopback, sharing one
# membership table and one grain-state table.
#
#   scripts/cluster.sh start [--silos 3] [--dir .tools/cluster] [--base-http 8081] [--base-silo 11111] [--base-gateway 30000]
#   scripts/cluster.sh status [--dir .tools/cluster]
#   scripts/cluster.sh stop [--dir .tools/cluster]
#
# start waits until every silo answers /readyz (active in the cluster, storage reachable) and prints the endpoints;
# silo k (1-based) serves the ECS/VPC API on http://127.0.0.1:$((base-http + k - 1)). stop sends SIGTERM (a clean silo
# shutdown: it leaves the membership table) and waits. Needs the .NET 10 SDK and Node 20 (Azurite is installed with npm
# into .tools/azurite on first use). Logs and pids are kept in --dir.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command="${1:-}"
shift || true
silos=3
dir="$root/.tools/cluster"
base_http=8081
base_silo=11111
base_gateway=30000
azurite_port=10102
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --base-http) base_http="$2"; shift 2 ;;
    --base-silo) base_silo="$2"; shift 2 ;;
    --base-gateway) base_gateway="$2"; shift 2 ;;
    --azurite-port) azurite_port="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${azurite_port}/devstoreaccount1;"

wait_for() { # url seconds
  local url="$1" deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then return 1; fi
    sleep 0.5
  done
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start() {
  mkdir -p "$dir"
  if [ ! -x "$root/.tools/azurite/node_modules/.bin/azurite-table" ]; then
    npm install --prefix "$root/.tools/azurite" azurite@3.37.0 --no-audit --no-fund --loglevel error
  fi
  local silo_dll="${SGGRID_SILO_DLL:-$root/src/SgGrid.Silo/bin/Release/net10.0/SgGrid.Silo.dll}"
  if [ ! -f "$silo_dll" ]; then
    dotnet build "$root/src/SgGrid.Silo" -c Release --nologo -v quiet
  fi

  if ! alive "$dir/azurite.pid"; then
    mkdir -p "$dir/azurite-data"
    "$root/.tools/azurite/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$azurite_port" \
      --location "$dir/azurite-data" --silent --disableTelemetry --skipApiVersionCheck > "$dir/azurite.log" 2>&1 &
    echo $! > "$dir/azurite.pid"
    local deadline=$((SECONDS + 30))
    until (exec 3<>"/dev/tcp/127.0.0.1/$azurite_port") 2>/dev/null; do
      if [ $SECONDS -ge $deadline ]; then echo "Azurite did not start (see $dir/azurite.log)" >&2; exit 1; fi
      sleep 0.3
    done
  fi

  for k in $(seq 1 "$silos"); do
    if alive "$dir/silo-$k.pid"; then continue; fi
    SgGrid__Silo__Clustering=AzureTable SgGrid__Silo__Storage=AzureTable SgGrid__Silo__AzureTableConnectionString="$connection" \
    SgGrid__Silo__SiloPort=$((base_silo + k - 1)) SgGrid__Silo__GatewayPort=$((base_gateway + k - 1)) \
      dotnet "$silo_dll" --no-sample --urls "http://127.0.0.1:$((base_http + k - 1))" > "$dir/silo-$k.log" 2>&1 &
    echo $! > "$dir/silo-$k.pid"
  done

  for k in $(seq 1 "$silos"); do
    if ! wait_for "http://127.0.0.1:$((base_http + k - 1))/readyz" 120; then
      echo "silo $k did not become ready (see $dir/silo-$k.log)" >&2
      exit 1
    fi
  done

  for k in $(seq 1 "$silos"); do
    echo "silo $k: pid $(cat "$dir/silo-$k.pid"), API http://127.0.0.1:$((base_http + k - 1)), silo port $((base_silo + k - 1)), gateway $((base_gateway + k - 1))"
  done
  echo "storage: Azurite on 127.0.0.1:$azurite_port (tables OrleansSiloInstances, SgGridState)"
}

status() {
  for pidfile in "$dir"/silo-*.pid "$dir"/azurite.pid; do
    [ -f "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    if alive "$pidfile"; then echo "$name: running (pid $(cat "$pidfile"))"; else echo "$name: not running"; fi
  done
}

stop() {
  for pidfile in "$dir"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    if alive "$pidfile"; then kill -TERM "$(cat "$pidfile")"; fi
  done
  for pidfile in "$dir"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    local deadline=$((SECONDS + 60))
    while alive "$pidfile" && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
    if alive "$pidfile"; then kill -KILL "$(cat "$pidfile")"; fi
    rm -f "$pidfile"
  done
  if alive "$dir/azurite.pid"; then
    kill -TERM "$(cat "$dir/azurite.pid")"
    sleep 0.5
  fi
  rm -f "$dir/azurite.pid"
  echo "stopped"
}

case "$command" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
