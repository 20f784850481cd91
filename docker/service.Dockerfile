# The image of any WNA service: the four differ only in module name and port, so one file builds them all.
# Built from the repository root (the whole Maven reactor is the build context):
#   docker-compose build case-service
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=case-service --build-arg PORT=8081 -t wna/case-service .
# See .dockerignore for what the context leaves out.

# --- Stage 1: build the Quarkus fast-jar with the project's Maven wrapper --------------------------------------
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /build
COPY . .
# -am builds the modules the service depends on (event-contracts, service-platform, and local-infra, a test-scope
# dependency Maven still resolves); -Dmaven.test.skip=true skips compiling and running the tests.
RUN test -n "$SERVICE" || { echo "build with --build-arg SERVICE=<module>"; exit 1; } \
 && chmod +x mvnw \
 && ./mvnw -B -q -Dmaven.test.skip=true -pl "$SERVICE" -am package \
 && test -f "$SERVICE/target/quarkus-app/quarkus-run.jar"

# --- Stage 2: runtime ------------------------------------------------------------------------------------------
# eclipse-temurin's Ubuntu-based JRE image ships curl and wget (used by the compose healthcheck).
FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT
RUN groupadd --system --gid 10001 wna \
 && useradd --system --uid 10001 --gid wna --home-dir /deployments --no-create-home --shell /usr/sbin/nologin wna
WORKDIR /deployments
# The four fast-jar layers, least often changed first. Files stay owned by root: the service cannot rewrite its code.
COPY --from=build /build/${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
USER 10001
EXPOSE ${PORT}
# JAVA_OPTS: the image's defaults (heap sized from the container's memory limit); JAVA_OPTS_APPEND: add your own.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""
# exec: java becomes PID 1 and receives SIGTERM for a graceful Quarkus shutdown.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
