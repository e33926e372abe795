package dev.shipgate.ci.classify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What well-known GitHub Actions do. Actions that wrap a command line ({@code flyctl-actions} with
 * {@code args: deploy}, {@code gradle-build-action} with {@code arguments: test}, {@code
 * appleboy/ssh-action} with {@code script:}) are classified by that command. Unknown actions are
 * {@link Purpose#UNKNOWN}; the caller then falls back to the step's name.
 */
public final class ActionCatalog {
  private static final Map<String, Purpose> FIXED =
      Map.ofEntries(
          Map.entry("codecov/codecov-action", Purpose.INFORMATIONAL),
          Map.entry("codecov/test-results-action", Purpose.INFORMATIONAL),
          Map.entry("coverallsapp/github-action", Purpose.INFORMATIONAL),
          Map.entry("github/codeql-action", Purpose.INFORMATIONAL),
          Map.entry("snyk/actions", Purpose.INFORMATIONAL),
          Map.entry("aquasecurity/trivy-action", Purpose.INFORMATIONAL),
          Map.entry("aquasecurity/tfsec-action", Purpose.INFORMATIONAL),
          Map.entry("sonarsource/", Purpose.INFORMATIONAL),
          Map.entry("anchore/scan-action", Purpose.INFORMATIONAL),
          Map.entry("anchore/sbom-action", Purpose.INFORMATIONAL),
          Map.entry("returntocorp/semgrep-action", Purpose.INFORMATIONAL),
          Map.entry("semgrep/", Purpose.INFORMATIONAL),
          Map.entry("gitleaks/gitleaks-action", Purpose.INFORMATIONAL),
          Map.entry("trufflesecurity/trufflehog", Purpose.INFORMATIONAL),
          Map.entry("ossf/scorecard-action", Purpose.INFORMATIONAL),
          Map.entry("actions/dependency-review-action", Purpose.INFORMATIONAL),
          Map.entry("actions/upload-artifact", Purpose.INFORMATIONAL),
          Map.entry("actions/upload-pages-artifact", Purpose.INFORMATIONAL),
          Map.entry("slackapi/slack-github-action", Purpose.INFORMATIONAL),
          Map.entry("8398a7/action-slack", Purpose.INFORMATIONAL),
          Map.entry("rtcamp/action-slack-notify", Purpose.INFORMATIONAL),
          Map.entry("act10ns/slack", Purpose.INFORMATIONAL),
          Map.entry("ravsamhq/notify-slack-action", Purpose.INFORMATIONAL),
          Map.entry("appleboy/telegram-action", Purpose.INFORMATIONAL),
          Map.entry("appleboy/discord-action", Purpose.INFORMATIONAL),
          Map.entry("sarisia/actions-status-discord", Purpose.INFORMATIONAL),
          Map.entry("tsickert/discord-webhook", Purpose.INFORMATIONAL),
          Map.entry("dawidd6/action-send-mail", Purpose.INFORMATIONAL),
          Map.entry("peter-evans/create-or-update-comment", Purpose.INFORMATIONAL),
          Map.entry("marocchino/sticky-pull-request-comment", Purpose.INFORMATIONAL),
          Map.entry("thollander/actions-comment-pull-request", Purpose.INFORMATIONAL),
          Map.entry("mshick/add-pr-comment", Purpose.INFORMATIONAL),
          Map.entry("dorny/test-reporter", Purpose.INFORMATIONAL),
          Map.entry("enricomi/publish-unit-test-result-action", Purpose.INFORMATIONAL),
          Map.entry("mikepenz/action-junit-report", Purpose.INFORMATIONAL),
          Map.entry("irongut/codecoveragesummary", Purpose.INFORMATIONAL),
          Map.entry("5monkeys/cobertura-action", Purpose.INFORMATIONAL),
          Map.entry("madrapps/jacoco-report", Purpose.INFORMATIONAL),
          Map.entry("paambaati/codeclimate-action", Purpose.INFORMATIONAL),
          Map.entry("qltysh/qlty-action", Purpose.INFORMATIONAL),
          Map.entry("mainmatter/continue-on-error-comment", Purpose.INFORMATIONAL),
          Map.entry("treosh/lighthouse-ci-action", Purpose.INFORMATIONAL),
          Map.entry("codacy/", Purpose.INFORMATIONAL),
          Map.entry("jetbrains/qodana-action", Purpose.INFORMATIONAL),
          Map.entry("bridgecrewio/checkov-action", Purpose.INFORMATIONAL),
          Map.entry("microsoft/security-devops-action", Purpose.INFORMATIONAL),
          Map.entry("rustsec/audit-check", Purpose.INFORMATIONAL),
          Map.entry("pypa/gh-action-pip-audit", Purpose.INFORMATIONAL),
          Map.entry("andresz1/size-limit-action", Purpose.INFORMATIONAL),
          Map.entry("preactjs/compressed-size-action", Purpose.INFORMATIONAL),
          Map.entry("benchmark-action/github-action-benchmark", Purpose.INFORMATIONAL),
          Map.entry("reviewdog/", Purpose.INFORMATIONAL),
          Map.entry("py-cov-action/python-coverage-comment-action", Purpose.INFORMATIONAL),
          Map.entry("romeovs/lcov-reporter-action", Purpose.INFORMATIONAL),
          Map.entry("zgosalvez/github-actions-report-lcov", Purpose.INFORMATIONAL),
          Map.entry("artiomtr/jest-coverage-report-action", Purpose.INFORMATIONAL),
          Map.entry("davelosert/vitest-coverage-report-action", Purpose.INFORMATIONAL),
          Map.entry("cicirello/jacoco-badge-generator", Purpose.INFORMATIONAL),
          Map.entry("release-drafter/release-drafter", Purpose.INFORMATIONAL),
          Map.entry("actions/labeler", Purpose.INFORMATIONAL),
          Map.entry("actions/stale", Purpose.INFORMATIONAL),
          Map.entry("fossas/fossa-action", Purpose.INFORMATIONAL),
          Map.entry("zaproxy/", Purpose.INFORMATIONAL),
          Map.entry("aws-actions/amazon-ecs-deploy-task-definition", Purpose.DEPLOY),
          Map.entry("aws-actions/aws-cloudformation-github-deploy", Purpose.DEPLOY),
          Map.entry("google-github-actions/deploy-cloudrun", Purpose.DEPLOY),
          Map.entry("google-github-actions/deploy-appengine", Purpose.DEPLOY),
          Map.entry("google-github-actions/deploy-cloud-functions", Purpose.DEPLOY),
          Map.entry("azure/webapps-deploy", Purpose.DEPLOY),
          Map.entry("azure/k8s-deploy", Purpose.DEPLOY),
          Map.entry("azure/functions-action", Purpose.DEPLOY),
          Map.entry("azure/static-web-apps-deploy", Purpose.DEPLOY),
          Map.entry("azure/container-apps-deploy-action", Purpose.DEPLOY),
          Map.entry("azure/arm-deploy", Purpose.DEPLOY),
          Map.entry("azure/aci-deploy", Purpose.DEPLOY),
          Map.entry("peaceiris/actions-gh-pages", Purpose.DEPLOY),
          Map.entry("jamesives/github-pages-deploy-action", Purpose.DEPLOY),
          Map.entry("actions/deploy-pages", Purpose.DEPLOY),
          Map.entry("amondnet/vercel-action", Purpose.DEPLOY),
          Map.entry("akhileshns/heroku-deploy", Purpose.DEPLOY),
          Map.entry("cloudflare/pages-action", Purpose.DEPLOY),
          Map.entry("nwtgck/actions-netlify", Purpose.DEPLOY),
          Map.entry("firebaseextended/action-hosting-deploy", Purpose.DEPLOY),
          Map.entry("burnett01/rsync-deployments", Purpose.DEPLOY),
          Map.entry("easingthemes/ssh-deploy", Purpose.DEPLOY),
          Map.entry("pypa/gh-action-pypi-publish", Purpose.DEPLOY),
          Map.entry("js-devtools/npm-publish", Purpose.DEPLOY),
          Map.entry("softprops/action-gh-release", Purpose.DEPLOY),
          Map.entry("ncipollo/release-action", Purpose.DEPLOY),
          Map.entry("samkirkland/ftp-deploy-action", Purpose.DEPLOY),
          Map.entry("digitalocean/app_action", Purpose.DEPLOY),
          Map.entry("johnbeynon/render-deploy-action", Purpose.DEPLOY),
          Map.entry("bounceapp/render-action", Purpose.DEPLOY),
          Map.entry("deliverybot/helm", Purpose.DEPLOY),
          Map.entry("dokku/github-action", Purpose.DEPLOY),
          Map.entry("cycjimmy/semantic-release-action", Purpose.DEPLOY),
          Map.entry("codfish/semantic-release-action", Purpose.DEPLOY),
          Map.entry("shalzz/zola-deploy-action", Purpose.DEPLOY),
          Map.entry("joshuaavalon/flyway-action", Purpose.MIGRATION),
          Map.entry("liquibase-github-actions/update", Purpose.MIGRATION),
          Map.entry("docker/bake-action", Purpose.BUILD),
          Map.entry("redhat-actions/buildah-build", Purpose.BUILD),
          Map.entry("actions/jekyll-build-pages", Purpose.BUILD),
          Map.entry("pypa/cibuildwheel", Purpose.BUILD),
          Map.entry("tauri-apps/tauri-action", Purpose.BUILD),
          Map.entry("samuelmeuli/action-electron-builder", Purpose.BUILD),
          Map.entry("matt-ball/newman-action", Purpose.TEST),
          Map.entry("joonvena/robotframework-docker-action", Purpose.TEST));

  /** Actions that only install or configure something. */
  private static final Set<String> SETUP_OWNERS_PREFIXES =
      Set.of(
          "actions/checkout",
          "actions/setup-",
          "actions/cache",
          "actions/download-artifact",
          "docker/setup-",
          "docker/login-action",
          "docker/metadata-action",
          "aws-actions/configure-aws-credentials",
          "aws-actions/amazon-ecr-login",
          "aws-actions/amazon-ecs-render-task-definition",
          "google-github-actions/auth",
          "google-github-actions/setup-gcloud",
          "azure/login",
          "azure/setup-",
          "hashicorp/setup-",
          "pnpm/action-setup",
          "oven-sh/setup-bun",
          "denoland/setup-deno",
          "ruby/setup-ruby",
          "shivammathur/setup-php",
          "subosito/flutter-action",
          "dtolnay/rust-toolchain",
          "actions-rs/toolchain",
          "swatinem/rust-cache",
          "astral-sh/setup-uv",
          "conda-incubator/setup-miniconda",
          "mamba-org/setup-micromamba",
          "gradle/actions/setup-gradle",
          "gradle/wrapper-validation-action",
          "gradle/actions/wrapper-validation",
          "erlef/setup-beam",
          "supabase/setup-cli",
          "superfly/flyctl-actions/setup-flyctl",
          "webfactory/ssh-agent",
          "ikalnytskyi/action-setup-postgres",
          "harmon758/postgresql-action",
          "supercharge/",
          "browser-actions/",
          "nanasess/setup-chromedriver",
          "step-security/harden-runner",
          "tj-actions/changed-files",
          "dorny/paths-filter",
          "actions/create-github-app-token",
          "microsoft/playwright-github-action",
          "expo/expo-github-action",
          "stefanzweifel/git-auto-commit-action",
          "googleapis/release-please-action",
          "google-github-actions/release-please-action",
          "jdx/mise-action",
          "bufbuild/buff-setup",
          "crazy-max/ghaction-setup-",
          "actions/attest-build-provenance",
          "sigstore/cosign-installer");

  private ActionCatalog() {}

  /** The purpose of {@code uses:} with these {@code with:} inputs. */
  public static Classification classify(String uses, Map<String, String> with) {
    String ref = normalise(uses);
    String evidence = "uses: " + uses;
    Classification viaInputs = viaInputs(ref, with, evidence);
    if (viaInputs != null) {
      return viaInputs;
    }
    for (String prefix : SETUP_OWNERS_PREFIXES) {
      if (ref.startsWith(prefix)) {
        return new Classification(Purpose.NEUTRAL, evidence);
      }
    }
    Purpose best = null;
    int bestLength = -1;
    for (Map.Entry<String, Purpose> e : FIXED.entrySet()) {
      String key = e.getKey();
      boolean match =
          key.endsWith("/") ? ref.startsWith(key) : ref.equals(key) || ref.startsWith(key + "/");
      if (match && key.length() > bestLength) {
        best = e.getValue();
        bestLength = key.length();
      }
    }
    return new Classification(best == null ? Purpose.UNKNOWN : best, evidence);
  }

  /** owner/repo[/path] in lower case, without {@code @ref}. */
  static String normalise(String uses) {
    String u = uses.strip().toLowerCase(Locale.ROOT);
    int at = u.indexOf('@');
    return at < 0 ? u : u.substring(0, at);
  }

  private static Classification viaInputs(String ref, Map<String, String> with, String evidence) {
    String command =
        switch (ref) {
          case "superfly/flyctl-actions" -> "flyctl " + with.getOrDefault("args", "");
          case "w9jds/firebase-action" -> "firebase " + with.getOrDefault("args", "");
          case "netlify/actions/cli" -> "netlify " + with.getOrDefault("args", "");
          case "actions-rs/cargo" ->
              "cargo " + with.getOrDefault("command", "") + " " + with.getOrDefault("args", "");
          case "gradle/gradle-build-action", "eskatos/gradle-command-action" ->
              with.containsKey("arguments") ? "gradle " + with.get("arguments") : "true";
          case "goreleaser/goreleaser-action" ->
              "goreleaser " + with.getOrDefault("args", "release");
          case "pyo3/maturin-action" -> "maturin " + with.getOrDefault("command", "build");
          case "cloudflare/wrangler-action" -> "wrangler " + with.getOrDefault("command", "deploy");
          case "steebchen/kubectl" -> "kubectl " + with.getOrDefault("command", "");
          case "nick-fields/retry", "wandalen/wretry.action" -> with.getOrDefault("command", "");
          case "coactions/setup-xvfb", "gabrielbb/xvfb-action" -> with.getOrDefault("run", "");
          case "reactivecircus/android-emulator-runner" -> with.getOrDefault("script", "");
          case "appleboy/ssh-action" -> with.getOrDefault("script", "");
          case "azure/cli" ->
              with.getOrDefault("inlineScript", with.getOrDefault("inlinescript", ""));
          case "changesets/action" -> with.getOrDefault("publish", "true");
          default -> null;
        };
    if (ref.equals("cypress-io/github-action")) {
      boolean runs = !"false".equalsIgnoreCase(with.getOrDefault("runTests", "true"));
      return new Classification(runs ? Purpose.TEST : Purpose.NEUTRAL, evidence);
    }
    if (ref.equals("docker/build-push-action")) {
      boolean push = "true".equalsIgnoreCase(with.getOrDefault("push", "false"));
      return new Classification(push ? Purpose.DEPLOY : Purpose.BUILD, evidence);
    }
    if (command == null) {
      return null;
    }
    Purpose p = CommandClassifier.inline(command, 0);
    return new Classification(p, evidence + " (" + firstLine(command) + ")");
  }

  private static String firstLine(String s) {
    List<String> lines = s.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(0).strip();
  }
}
