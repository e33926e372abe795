package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deploy and publish tools (kubectl, helm, terraform, cloud CLIs, PaaS CLIs, {@code git push} to a
 * deploy remote, {@code docker push}) and the commands that run another command somewhere else
 * (containers, {@code kubectl exec}, {@code ssh}, {@code heroku run}): those are classified by the
 * command they run.
 */
final class Deployers {
  private static final Set<String> DOCKER_RUN_VALUED =
      Set.of(
          "-e",
          "--env",
          "-v",
          "--volume",
          "-p",
          "--publish",
          "--name",
          "-w",
          "--workdir",
          "--network",
          "--net",
          "-u",
          "--user",
          "--entrypoint",
          "--env-file",
          "--platform",
          "-l",
          "--label",
          "--mount",
          "--add-host",
          "-m",
          "--memory",
          "--cpus",
          "--gpus",
          "--link",
          "-h",
          "--hostname",
          "--shm-size",
          "--ulimit",
          "--cap-add",
          "--security-opt",
          "--pull",
          "--tmpfs",
          "--dns",
          "--ipc",
          "--pid",
          "--log-driver",
          "--restart",
          "--health-cmd");
  private static final Set<String> COMPOSE_VALUED =
      Set.of(
          "-f",
          "--file",
          "-p",
          "--project-name",
          "--profile",
          "--env-file",
          "--project-directory",
          "--ansi",
          "--progress",
          "--parallel");
  private static final Set<String> COMPOSE_RUN_VALUED =
      Set.of(
          "-e",
          "--env",
          "-u",
          "--user",
          "-w",
          "--workdir",
          "--entrypoint",
          "--name",
          "-v",
          "--volume",
          "-l",
          "--label",
          "-p",
          "--publish",
          "--index");
  private static final Set<String> DEPLOY_REMOTES =
      Set.of(
          "heroku",
          "dokku",
          "production",
          "prod",
          "deploy",
          "live",
          "staging",
          "azure",
          "scalingo",
          "clever");

  private Deployers() {}

  /** The purpose, or null when {@code prog} is none of these. */
  static Purpose purpose(String prog, List<String> args, int depth) {
    return switch (prog) {
      case "kubectl", "oc", "kubecolor" -> kubectl(args, depth);
      case "helm" -> helm(args);
      case "helmfile" ->
          Args.any(args, Set.of("apply", "sync", "deploy"))
              ? Purpose.DEPLOY
              : args.contains("destroy") ? Purpose.CLEANUP : Purpose.NEUTRAL;
      case "skaffold" ->
          Args.any(args, Set.of("run", "deploy"))
              ? Purpose.DEPLOY
              : args.contains("build")
                  ? Purpose.BUILD
                  : args.contains("delete") ? Purpose.CLEANUP : Purpose.NEUTRAL;
      case "terraform", "tofu", "terragrunt" ->
          args.contains("apply")
              ? Purpose.DEPLOY
              : args.contains("destroy") ? Purpose.CLEANUP : Purpose.NEUTRAL;
      case "pulumi" ->
          Args.any(args, Set.of("up", "update"))
              ? Purpose.DEPLOY
              : args.contains("destroy") ? Purpose.CLEANUP : Purpose.NEUTRAL;
      case "cdk", "cdktf" ->
          args.contains("deploy")
              ? Purpose.DEPLOY
              : args.contains("destroy") ? Purpose.CLEANUP : Purpose.NEUTRAL;
      case "sam",
          "serverless",
          "sls",
          "flyctl",
          "fly",
          "netlify",
          "firebase",
          "eb",
          "railway",
          "wrangler",
          "kamal",
          "dokku",
          "mina",
          "dep",
          "envoy",
          "cap",
          "capistrano",
          "copilot",
          "render",
          "zappa",
          "chalice",
          "amplify",
          "vercel",
          "surge",
          "gh-pages",
          "ansible-playbook" ->
          platform(prog, args, depth);
      case "gcloud" -> gcloud(args);
      case "az" ->
          Args.any(args, Set.of("deploy", "deployment"))
                  || args.contains("webapp") && args.contains("up")
              ? Purpose.DEPLOY
              : Purpose.NEUTRAL;
      case "aws" -> aws(args);
      case "heroku" -> heroku(args, depth);
      case "git" -> git(args);
      case "gh" -> ghCli(args);
      case "docker", "podman", "nerdctl" -> docker(args, depth);
      case "docker-compose" -> compose(args, depth);
      case "buildah" ->
          args.contains("push")
              ? Purpose.DEPLOY
              : Args.any(args, Set.of("bud", "build")) ? Purpose.BUILD : Purpose.NEUTRAL;
      case "ssh" -> ssh(args, depth);
      case "systemctl", "service", "brew", "pg_ctl", "pg_ctlcluster" ->
          Args.any(args, Set.of("stop", "kill")) ? Purpose.CLEANUP : null;
      default -> null;
    };
  }

  private static Purpose kubectl(List<String> args, int depth) {
    String sub =
        Args.first(
            args, Set.of("-n", "--namespace", "--context", "--kubeconfig", "-c", "--container"));
    return switch (sub) {
      case "apply", "replace", "rollout", "set", "patch", "scale", "autoscale" -> Purpose.DEPLOY;
      case "create" ->
          args.contains("-f") || args.contains("--filename") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      case "delete" -> Purpose.CLEANUP;
      case "exec" -> CommandClassifier.inner(Args.after(args, "--"), depth);
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose helm(List<String> args) {
    String sub = Args.first(args, Set.of("-n", "--namespace", "--kube-context"));
    return switch (sub) {
      case "upgrade", "install", "rollback" -> Purpose.DEPLOY;
      case "push" -> Purpose.DEPLOY;
      case "uninstall", "delete", "del" -> Purpose.CLEANUP;
      case "package" -> Purpose.BUILD;
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose platform(String prog, List<String> args, int depth) {
    List<String> pos =
        Args.positionals(
            args,
            Set.of(
                "-a",
                "--app",
                "-c",
                "--config",
                "--token",
                "-t",
                "--scope",
                "--project",
                "-i",
                "--inventory",
                "-e",
                "--extra-vars",
                "--stage",
                "-s",
                "--region",
                "-r",
                "--env",
                "--cwd"));
    String sub = pos.isEmpty() ? "" : pos.get(0);
    if (prog.equals("ansible-playbook") || prog.equals("surge") || prog.equals("gh-pages")) {
      return Purpose.DEPLOY;
    }
    if (prog.equals("vercel")) {
      return sub.equals("build")
          ? Purpose.BUILD
          : Set.of(
                      "pull", "env", "link", "login", "logs", "inspect", "ls", "list", "whoami",
                      "alias")
                  .contains(sub)
              ? Purpose.NEUTRAL
              : Purpose.DEPLOY;
    }
    if (prog.equals("firebase") && sub.startsWith("emulators:exec") && pos.size() > 1) {
      return CommandClassifier.inner(pos.subList(1, pos.size()), depth);
    }
    if (prog.equals("railway") && sub.equals("run")) {
      return CommandClassifier.inner(
          Args.rest(args, Set.of("-s", "--service", "-e", "--environment"), 1), depth);
    }
    if (prog.equals("wrangler") && pos.contains("migrations") && pos.contains("apply")) {
      return Purpose.MIGRATION;
    }
    if (Set.of(
                "deploy",
                "deploys",
                "publish",
                "up",
                "redeploy",
                "release",
                "rollback",
                "update-environment")
            .contains(sub)
        || pos.contains("deploy")
        || prog.equals("wrangler") && pos.contains("publish")) {
      return Purpose.DEPLOY;
    }
    if (Set.of("build", "package").contains(sub)) {
      return Purpose.BUILD;
    }
    if (Set.of("remove", "destroy", "delete").contains(sub)) {
      return Purpose.CLEANUP;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose gcloud(List<String> args) {
    if (args.contains("deploy")
        || args.contains("update") && args.contains("services") && args.contains("run")) {
      return Purpose.DEPLOY;
    }
    if (args.contains("builds") && args.contains("submit")) {
      return Purpose.BUILD;
    }
    if (args.contains("delete")) {
      return Purpose.CLEANUP;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose aws(List<String> args) {
    List<String> pos =
        Args.positionals(
            args,
            Set.of(
                "--region",
                "--profile",
                "--output",
                "--endpoint-url",
                "--cluster",
                "--service",
                "--function-name"));
    String service = pos.isEmpty() ? "" : pos.get(0);
    String op = pos.size() > 1 ? pos.get(1) : "";
    boolean deploy =
        service.equals("ecs") && op.equals("update-service")
            || service.equals("lambda") && op.startsWith("update-function")
            || service.equals("deploy") && op.equals("create-deployment")
            || service.equals("cloudformation")
                && Set.of("deploy", "create-stack", "update-stack").contains(op)
            || service.equals("elasticbeanstalk") && op.equals("update-environment")
            || service.equals("apprunner") && op.equals("start-deployment")
            || service.equals("amplify") && op.equals("start-job");
    return deploy ? Purpose.DEPLOY : Purpose.NEUTRAL;
  }

  private static Purpose heroku(List<String> args, int depth) {
    List<String> pos =
        Args.positionals(
            args, Set.of("-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env"));
    if (pos.isEmpty()) {
      return Purpose.NEUTRAL;
    }
    if (pos.get(0).equals("run") || pos.get(0).equals("run:detached")) {
      return CommandClassifier.inner(
          Args.rest(
              args, Set.of("-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env"), 1),
          depth);
    }
    return pos.get(0).startsWith("container:release")
            || pos.get(0).startsWith("container:push")
            || pos.get(0).equals("deploy")
            || pos.get(0).startsWith("releases:rollback")
        ? Purpose.DEPLOY
        : Purpose.NEUTRAL;
  }

  private static Purpose git(List<String> args) {
    List<String> pos =
        Args.positionals(
            args, Set.of("-C", "-c", "--git-dir", "--work-tree", "-o", "--push-option"));
    if (pos.isEmpty() || !pos.get(0).equals("push") || pos.size() < 2) {
      return Purpose.NEUTRAL;
    }
    String remote = pos.get(1).toLowerCase(java.util.Locale.ROOT);
    boolean deployRemote =
        DEPLOY_REMOTES.contains(remote)
            || remote.contains("heroku.com")
            || remote.contains("dokku")
            || remote.contains("azurewebsites");
    return deployRemote ? Purpose.DEPLOY : Purpose.NEUTRAL;
  }

  private static Purpose ghCli(List<String> args) {
    List<String> pos = Args.positionals(args, Set.of("-R", "--repo"));
    if (pos.size() >= 2
        && pos.get(0).equals("release")
        && Set.of("create", "upload").contains(pos.get(1))) {
      return Purpose.DEPLOY;
    }
    if (pos.size() >= 2
        && Set.of("pr", "issue").contains(pos.get(0))
        && pos.get(1).equals("comment")) {
      return Purpose.INFORMATIONAL;
    }
    return Purpose.NEUTRAL;
  }

  private static Purpose docker(List<String> args, int depth) {
    List<String> pos =
        Args.positionals(
            args, Set.of("-H", "--host", "--context", "--config", "-l", "--log-level"));
    String sub = pos.isEmpty() ? "" : pos.get(0);
    int at = args.indexOf(sub);
    List<String> rest = at < 0 ? List.of() : args.subList(at + 1, args.size());
    return switch (sub) {
      case "build" -> Purpose.BUILD;
      case "buildx" ->
          rest.contains("imagetools") && rest.contains("create") && !rest.contains("--dry-run")
              ? Purpose.DEPLOY
              : rest.contains("build") || rest.contains("bake") ? Purpose.BUILD : Purpose.NEUTRAL;
      case "push" -> Purpose.DEPLOY;
      case "compose" -> compose(rest, depth);
      case "stop", "rm", "kill", "rmi", "prune" -> Purpose.CLEANUP;
      case "system", "volume", "network", "container", "image", "manifest" ->
          Args.any(rest, Set.of("prune", "rm", "remove", "stop", "kill"))
              ? Purpose.CLEANUP
              : rest.contains("push") ? Purpose.DEPLOY : Purpose.NEUTRAL;
      case "exec" ->
          containerCommand(
              rest, Set.of("-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file"), depth);
      case "run" -> dockerRun(rest, depth);
      default -> Purpose.NEUTRAL;
    };
  }

  private static Purpose compose(List<String> args, int depth) {
    List<String> pos = Args.positionals(args, COMPOSE_VALUED);
    String sub = pos.isEmpty() ? "" : pos.get(0);
    int at = args.indexOf(sub);
    List<String> rest = at < 0 ? List.of() : args.subList(at + 1, args.size());
    return switch (sub) {
      case "build" -> Purpose.BUILD;
      case "push" -> Purpose.DEPLOY;
      case "up" ->
          rest.stream()
                  .anyMatch(
                      a ->
                          a.equals("--abort-on-container-exit") || a.startsWith("--exit-code-from"))
              ? Purpose.TEST
              : Purpose.NEUTRAL;
      case "run", "exec" -> containerCommand(rest, COMPOSE_RUN_VALUED, depth);
      case "down", "stop", "rm", "kill" -> Purpose.CLEANUP;
      default -> Purpose.NEUTRAL;
    };
  }

  /** {@code [options] CONTAINER COMMAND...}: the command's purpose. */
  private static Purpose containerCommand(List<String> args, Set<String> valued, int depth) {
    List<String> command = Args.rest(args, valued, 1);
    return command.isEmpty() ? Purpose.UNKNOWN : CommandClassifier.inner(command, depth);
  }

  private static Purpose dockerRun(List<String> args, int depth) {
    List<String> pos = Args.positionals(args, DOCKER_RUN_VALUED);
    if (pos.isEmpty()) {
      return Purpose.UNKNOWN;
    }
    String imageName = Programs.baseName(pos.get(0).replaceAll("[:@].*$", ""));
    List<String> command = Args.rest(args, DOCKER_RUN_VALUED, 1);
    if (command.isEmpty()) {
      return TaskNames.ofTask(imageName);
    }
    Purpose p = CommandClassifier.inner(command, depth);
    if (p == Purpose.UNKNOWN || p == Purpose.NEUTRAL) {
      List<String> withImage = new ArrayList<>();
      withImage.add(imageName);
      withImage.addAll(command);
      Purpose viaImage = CommandClassifier.inner(withImage, depth);
      return viaImage.critical() ? viaImage : p;
    }
    return p;
  }

  private static Purpose ssh(List<String> args, int depth) {
    Set<String> valued =
        Set.of(
            "-i", "-p", "-o", "-l", "-J", "-F", "-L", "-R", "-D", "-E", "-c", "-m", "-S", "-W",
            "-b");
    List<String> command = Args.rest(args, valued, 1);
    return command.isEmpty() ? Purpose.NEUTRAL : CommandClassifier.inner(command, depth);
  }
}
