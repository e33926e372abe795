package dev.shipgate.init;

/**
 * What {@code shipgate init} prints after writing the config: how to check it, a GitHub Actions job
 * that runs {@code shipgate lint} and {@code shipgate sentry} against a throwaway PostgreSQL
 * service, and the pre-deploy hooks of common platforms that should run {@code shipgate sentry}.
 * The job passes {@code shipgate lint ci} itself.
 */
public final class NextSteps {
  private NextSteps() {}

  public static String render(Project p) {
    StringBuilder s = new StringBuilder();
    s.append("Next steps\n\n");
    s.append("1. Check the config and your migrations and CI files:\n\n");
    s.append("     shipgate lint\n\n");
    s.append(
        "2. Gate every pull request: save this as .github/workflows/shipgate.yml. It lints, then runs\n");
    s.append(
        "   the pre-deploy sentry (connect, migrate, check expectations) against a throwaway PostgreSQL.\n");
    s.append(
        "   Set the repository variable SHIPGATE_JAR_URL to where your team keeps the shipgate jar.\n\n");
    s.append(indent(githubJob(p), 5)).append('\n');
    s.append(
        "3. Gate every deploy: run `shipgate sentry` before the new version takes traffic.\n\n");
    s.append("   Render (render.yaml, in the service):\n\n");
    s.append("     preDeployCommand: shipgate sentry\n\n");
    s.append("   Heroku (Procfile, release phase):\n\n");
    s.append("     release: shipgate sentry\n\n");
    s.append("   Fly.io (fly.toml):\n\n");
    s.append("     [deploy]\n");
    s.append("       release_command = \"shipgate sentry\"\n\n");
    s.append(
        "   Kubernetes (Deployment spec.template.spec; the image is your app's, with shipgate in it):\n\n");
    s.append(indent(initContainer(p), 5));
    return s.toString();
  }

  static String githubJob(Project p) {
    StringBuilder y = new StringBuilder();
    y.append(
        """
        name: shipgate

        on:
          pull_request:
          push:
            branches: [main]

        jobs:
          shipgate:
            runs-on: ubuntu-latest
            services:
              postgres:
                image: postgres:16
                env:
                  POSTGRES_USER: postgres
                  POSTGRES_PASSWORD: postgres
                  POSTGRES_DB: shipgate
                ports: ["5432:5432"]
                options: >-
                  --health-cmd pg_isready
                  --health-interval 5s
                  --health-timeout 5s
                  --health-retries 10
            env:
              DATABASE_URL: postgres://postgres:postgres@localhost:5432/shipgate
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-java@v4
                with:
                  distribution: temurin
                  java-version: "21"
        """);
    if (p.nodeInstall() != null) {
      y.append(
          """
                - uses: actions/setup-node@v4
                  with:
                    node-version: 20
                - name: Install Node dependencies
                  run: %s
          """
              .formatted(p.nodeInstall()));
    }
    if (p.pythonInstall() != null) {
      y.append(
          """
                - uses: actions/setup-python@v5
                  with:
                    python-version: "3.12"
                - name: Install Python dependencies
                  run: %s
          """
              .formatted(p.pythonInstall()));
    }
    y.append(
        """
              - name: Install shipgate
                env:
                  SHIPGATE_JAR_URL: ${{ vars.SHIPGATE_JAR_URL }}
                run: |
                  curl -fsSL -o "$RUNNER_TEMP/shipgate.jar" "$SHIPGATE_JAR_URL"
                  printf '#!/bin/sh\\nexec java -jar "%s" "$@"\\n' "$RUNNER_TEMP/shipgate.jar" > "$RUNNER_TEMP/shipgate"
                  chmod +x "$RUNNER_TEMP/shipgate"
                  echo "$RUNNER_TEMP" >> "$GITHUB_PATH"
              - name: Lint migrations and workflows
                run: shipgate lint --format github
              - name: Pre-deploy sentry against the CI database
                run: shipgate sentry
        """);
    return y.toString();
  }

  private static String initContainer(Project p) {
    return """
        initContainers:
          - name: shipgate-sentry
            image: registry.example.com/%s:latest   # your app image, with shipgate installed
            command: ["shipgate", "sentry"]
            envFrom:
              - secretRef:
                  name: %s-env                       # holds DATABASE_URL
        """
        .formatted(slug(p.name()), slug(p.name()));
  }

  private static String slug(String name) {
    String s =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "app" : s;
  }

  private static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : pad + line).append('\n');
    }
    return out.toString().replaceAll("\n+$", "\n");
  }
}
