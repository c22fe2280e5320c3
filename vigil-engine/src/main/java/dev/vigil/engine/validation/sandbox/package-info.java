/**
 * The sandbox in which Vigil runs a scanned repository's commands: setup, build, tests and the
 * validation harness. A scanned repository is hostile until proven otherwise.
 *
 * <h2>Design</h2>
 *
 * <ul>
 *   <li><b>bubblewrap underneath.</b> {@link Sandbox#run} turns a {@link SandboxPolicy} into a
 *       {@code bwrap} command line: new user, PID, IPC and UTS namespaces (and network, except in
 *       {@link Phase#SETUP}), all capabilities dropped, a root made of the system folders
 *       read-only, private tmpfs {@code /tmp}, {@code /var/tmp} and {@code HOME}, and the
 *       {@link WorkTree} (a throwaway {@code git worktree} of the commit) as {@code /workspace},
 *       the only writable host folder. The host's home folders and Vigil's data are not there.
 *   <li><b>Limits.</b> The parent kills the command at its wall time or output limit; memory and
 *       process count are held by a cgroup per command (v1 or v2), which the launcher joins
 *       before starting bubblewrap. The kernel's out-of-memory kills and failed forks in the
 *       cgroup's counters tell which limit hit; a failed fork kills the whole sandbox at once.
 *   <li><b>Phases.</b> Only setup sees the network and the secrets (as variables). Every phase
 *       gets a fresh HOME and /tmp, so what setup left there is gone. The per-environment cache
 *       folder is bound writable in setup and read-only later, at {@code /cache} and at the usual
 *       dot-folders of HOME ({@code .m2}, {@code .gradle}, {@code .npm}...), so builds work
 *       offline; files that setup left in it holding a secret value are removed.
 *   <li><b>Output.</b> Merged stdout and stderr; a ring keeps the tail; every secret value is
 *       masked before the tail is cut to {@link Limits#RECORDED_BYTES}.
 *   <li><b>No fallback.</b> Without bubblewrap, user namespaces or a writable cgroup, {@code run}
 *       throws {@link SandboxException} with the reason; {@link Sandbox#check} says the same
 *       for {@code vigil doctor}.
 * </ul>
 *
 * <h2>Not covered</h2>
 * A secret that setup copies into the work tree stays readable to later phases (masked in their
 * output; they have no network to send it anywhere). The kernel is shared: a kernel exploit
 * escapes. Setup has the host's network, so it can reach services on the host's loopback.
 */
package dev.vigil.engine.validation.sandbox;
