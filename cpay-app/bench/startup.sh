#!/usr/bin/env bash
# Launch-to-first-answered-request time and idle RSS of cpay-app next to two reference servers, all built with the
# same Maven wrapper and parent (micronaut-parent 4.10.8, shaded runnable jar) and launched the same way
# (`java -jar <jar>`, no JVM flags unless CDS=1), alternately, in the same run:
#   hello  a bare Micronaut hello-world (netty server, serde, logback): the baseline the issue names;
#   libs   the same hello-world plus the libraries cpay-app's architecture requires (HTTP client, validation,
#          management, Micrometer/Prometheus, Micronaut Data JDBC, HikariCP, Flyway with its PostgreSQL module,
#          H2) and the persistence adapter's own Flyway migrations, with an H2 file database migrated at start and
#          /health checking it: no application code at all. It tells the libraries' share from the app's.
#
#   cpay-app/bench/startup.sh [runs]        (from anywhere; builds cpay-app if its jar is missing)
#   CDS=1 cpay-app/bench/startup.sh [runs]  every server launched with an application class-data archive of its
#                                           own (-XX:SharedArchiveFile), each made first by one training run with
#                                           -XX:ArchiveClassesAtExit that answers its first request and exits
#
# Time: from just before `java -jar` until the first HTTP 200 (hello: GET /hello; libs: GET /health; cpay-app:
# GET /health, which also checks the database and calls C-Pay). Every start is in an empty directory, so libs and
# cpay-app (default mode: sandbox, simulator embedded) create and migrate their H2 file database under ./data.
# RSS: VmRSS of the process after it has answered and then idled for IDLE_SECONDS (default 20).
# Each run also starts libs and cpay-app on a database migrated beforehand, with migrations at start switched off
# (libs-nomig, cpay-app-nomig: cpay.migrations.on-start=false after `java -jar cpay-app.jar migrate`), and with CDS=1
# every configuration again with its archive, plus cpay-app-cds-nomig (the fastest production start).
# The reference projects are generated and built under $BENCH_DIR (default /tmp/cpay-bench), never in the repo.
set -euo pipefail

RUNS=${1:-5}
IDLE_SECONDS=${IDLE_SECONDS:-20}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
APP_JAR=$REPO/cpay-app/target/cpay-app.jar
BENCH_DIR=${BENCH_DIR:-/tmp/cpay-bench}
HELLO_JAR=$BENCH_DIR/hello/target/hello.jar
LIBS_JAR=$BENCH_DIR/libs/target/libs.jar
PORT=${PORT:-18080}
CDS=${CDS:-0}

# build_reference <name> <dependencies xml> <annotation processor paths xml>: a Micronaut project whose only code
# is a hello-world controller, built into $BENCH_DIR/<name>/target/<name>.jar
build_reference() {
  local name=$1 deps=$2 processors=$3 dir=$BENCH_DIR/$1
  mkdir -p "$dir/src/main/java/bench/$name" "$dir/src/main/resources"
  cat > "$dir/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.micronaut.platform</groupId>
    <artifactId>micronaut-parent</artifactId>
    <version>4.10.8</version>
    <relativePath/>
  </parent>
  <groupId>bench</groupId>
  <artifactId>$name</artifactId>
  <version>1</version>
  <properties>
    <packaging>jar</packaging>
    <jdk.version>17</jdk.version>
    <release.version>17</release.version>
    <micronaut.version>4.10.8</micronaut.version>
    <micronaut.runtime>netty</micronaut.runtime>
    <micronaut.aot.enabled>false</micronaut.aot.enabled>
    <micronaut.test.resources.enabled>false</micronaut.test.resources.enabled>
    <exec.mainClass>bench.$name.Application</exec.mainClass>
  </properties>
  <dependencies>
    <dependency><groupId>io.micronaut</groupId><artifactId>micronaut-http-server-netty</artifactId></dependency>
    <dependency><groupId>io.micronaut.serde</groupId><artifactId>micronaut-serde-jackson</artifactId></dependency>
    <dependency><groupId>ch.qos.logback</groupId><artifactId>logback-classic</artifactId><scope>runtime</scope></dependency>
$deps
  </dependencies>
  <build>
    <finalName>$name</finalName>
    <plugins>
      <plugin><groupId>io.micronaut.maven</groupId><artifactId>micronaut-maven-plugin</artifactId></plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <configuration><annotationProcessorPaths combine.children="append">$processors</annotationProcessorPaths></configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cat > "$dir/src/main/java/bench/$name/Application.java" <<JAVA
package bench.$name;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.Micronaut;

@Controller
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }

    @Get("/hello")
    public String hello() {
        return "hello";
    }
}
JAVA
  cat > "$dir/src/main/resources/logback.xml" <<'XML'
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="STDOUT"/></root>
</configuration>
XML
}

build_hello() {
  build_reference hello "" ""
  "$REPO/mvnw" -q -B -f "$BENCH_DIR/hello/pom.xml" package -DskipTests
}

build_libs() {
  local dep='    <dependency><groupId>%s</groupId><artifactId>%s</artifactId></dependency>\n'
  # shellcheck disable=SC2059 # the format is ours
  build_reference libs "$(printf "$dep" io.micronaut micronaut-http-client io.micronaut.validation micronaut-validation \
      io.micronaut micronaut-management io.micronaut.micrometer micronaut-micrometer-registry-prometheus \
      io.micronaut.data micronaut-data-jdbc io.micronaut.sql micronaut-jdbc-hikari \
      io.micronaut.flyway micronaut-flyway org.flywaydb flyway-database-postgresql com.h2database h2)" \
    '<path><groupId>io.micronaut.data</groupId><artifactId>micronaut-data-processor</artifactId><version>${micronaut.data.version}</version></path>'
  mkdir -p "$BENCH_DIR/libs/src/main/resources/db/migration"
  cp "$REPO"/cpay-adapter-persistence/src/main/resources/db/migration/*.sql "$BENCH_DIR/libs/src/main/resources/db/migration/"
  cat > "$BENCH_DIR/libs/src/main/resources/application.properties" <<'PROPS'
datasources.default.url=jdbc:h2:file:./data/libs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE
datasources.default.username=sa
datasources.default.password=
datasources.default.dialect=POSTGRES
flyway.datasources.default.enabled=true
endpoints.health.enabled=true
endpoints.health.sensitive=false
endpoints.health.jdbc.enabled=true
endpoints.prometheus.enabled=true
endpoints.prometheus.sensitive=false
micronaut.metrics.enabled=true
micronaut.metrics.export.prometheus.enabled=true
PROPS
  "$REPO/mvnw" -q -B -f "$BENCH_DIR/libs/pom.xml" package -DskipTests
}

now_ms() { date +%s%3N; }

# train <jar> <path> <env...>: one start that answers a request, then exits and leaves <jar minus .jar>.jsa
train() {
  local jar=$1 path=$2 dir pid
  shift 2
  dir=$(mktemp -d /tmp/cpay-bench-run.XXXXXX)
  rm -f "${jar%.jar}.jsa"
  (cd "$dir" && exec env MICRONAUT_SERVER_PORT=$PORT "$@" java -XX:ArchiveClassesAtExit="${jar%.jar}.jsa" \
    -jar "$jar" >"$dir/out.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT$path"; do sleep 0.05; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  [ -f "${jar%.jar}.jsa" ] || { echo "no archive made for $jar" >&2; exit 1; }
}

# measure <label> <jar> <path> <cds 0|1> <template dir or -> <env...>: prints "<ms> <rss-kB>". The template's
# data directory (an already migrated database) is copied into the fresh working directory before the clock starts.
measure() {
  local label=$1 jar=$2 path=$3 cds=$4 template=$5 dir start end pid flags=()
  shift 5
  dir=$(mktemp -d /tmp/cpay-bench-run.XXXXXX)
  [ "$template" = - ] || cp -r "$template/data" "$dir/"
  [ "$cds" = 1 ] && flags=("-XX:SharedArchiveFile=${jar%.jar}.jsa")
  start=$(now_ms)
  (cd "$dir" && exec env MICRONAUT_SERVER_PORT=$PORT "$@" java "${flags[@]}" -jar "$jar" >"$dir/out.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT$path"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label died:" >&2; tail -20 "$dir/out.log" >&2; exit 1; fi
    sleep 0.01
  done
  end=$(now_ms)
  sleep "$IDLE_SECONDS"
  local rss
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "$((end - start)) $rss"
}

# migrated_template <label> <command...>: a directory whose ./data holds a database the command migrated
migrated_template() {
  local dir
  dir=$(mktemp -d /tmp/cpay-bench-template.XXXXXX)
  (cd "$dir" && "${@:2}" >"$dir/out.log" 2>&1) || { echo "$1: migration failed" >&2; tail -20 "$dir/out.log" >&2; exit 1; }
  echo "$dir"
}

# migrate_libs: the libs server migrates its database when it starts; start it once and stop it
migrate_libs() {
  local pid
  MICRONAUT_SERVER_PORT=$PORT java -jar "$LIBS_JAR" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/health"; do sleep 0.05; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'; }

[ -f "$HELLO_JAR" ] || build_hello
[ -f "$LIBS_JAR" ] || build_libs
[ -f "$APP_JAR" ] || (cd "$REPO" && ./mvnw -q -B package -DskipTests -pl cpay-app -am)

# Every configuration: label, jar, path answered when ready, class-data archive, migrated template, environment.
APP_TEMPLATE=$(migrated_template cpay-app java -jar "$APP_JAR" migrate)
LIBS_TEMPLATE=$(migrated_template libs migrate_libs)
trap 'rm -rf "$APP_TEMPLATE" "$LIBS_TEMPLATE"' EXIT
configs=(
  "hello         $HELLO_JAR /hello  0 -"
  "libs          $LIBS_JAR  /health 0 -"
  "cpay-app      $APP_JAR   /health 0 -"
  "libs-nomig    $LIBS_JAR  /health 0 $LIBS_TEMPLATE FLYWAY_DATASOURCES_DEFAULT_ENABLED=false"
  "cpay-app-nomig $APP_JAR  /health 0 $APP_TEMPLATE CPAY_MIGRATIONS_ON_START=false"
)
if [ "$CDS" = 1 ]; then
  train "$HELLO_JAR" /hello; train "$LIBS_JAR" /health; train "$APP_JAR" /health
  configs+=(
    "hello-cds     $HELLO_JAR /hello  1 -"
    "libs-cds      $LIBS_JAR  /health 1 -"
    "cpay-app-cds  $APP_JAR   /health 1 -"
    "cpay-app-cds-nomig $APP_JAR /health 1 $APP_TEMPLATE CPAY_MIGRATIONS_ON_START=false"
  )
fi

declare -A times mems
for i in $(seq 1 "$RUNS"); do
  line="run $i:"
  for config in "${configs[@]}"; do
    read -r label jar path cds template env <<<"$config"
    # shellcheck disable=SC2086 # env is empty or one NAME=value word
    read -r t m < <(measure "$label" "$jar" "$path" "$cds" "$template" $env)
    times[$label]+="$t "; mems[$label]+="$m "
    line+=" $label ${t} ms $((m / 1024)) MB |"
  done
  echo "$line" >&2
done

med() { tr ' ' '\n' <<<"$1" | grep . | median; }
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)  runs: $RUNS  idle: ${IDLE_SECONDS}s  class-data archives: $([ "$CDS" = 1 ] && echo yes || echo no)"
printf '| %-20s | %10s | %11s | %-16s | %-26s |\n' configuration "start ms" "idle RSS MB" "vs hello (t, m)" "vs libs (t, m)"
for config in "${configs[@]}"; do
  read -r label _ <<<"$config"
  t=$(med "${times[$label]}"); m=$(med "${mems[$label]}")
  case $label in
    *cds*nomig) hello=hello-cds; libs=libs-cds ;;   # no libs-cds-nomig: compared with the archive start that migrates
    *cds*) hello=hello-cds; libs=libs-cds ;;
    *nomig) hello=hello; libs=libs-nomig ;;
    *) hello=hello; libs=libs ;;
  esac
  ht=$(med "${times[$hello]}"); hm=$(med "${mems[$hello]}"); lt=$(med "${times[$libs]}"); lm=$(med "${mems[$libs]}")
  vs_hello=$(awk -v a="$t" -v b="$ht" -v c="$m" -v d="$hm" 'BEGIN {printf "%.2fx, %.2fx", a/b, c/d}')
  vs_libs=$(awk -v a="$t" -v b="$lt" -v c="$m" -v d="$lm" -v l="$libs" 'BEGIN {printf "%.2fx, %.2fx (%s)", a/b, c/d, l}')
  case $label in hello*) vs_libs="-" ;; esac
  case $label in libs*) vs_libs="-" ;; esac
  printf '| %-20s | %10s | %11s | %-16s | %-26s |\n' "$label" "$t" "$((m / 1024))" "$vs_hello" "$vs_libs"
done
