package io.github.camellutron.load;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Python side of the peers scenario: a venv under {@code target/peers-venv} (with the system's site packages,
 * which have cryptography and orjson), pylutron and pylutron-caseta in it, and the harness's scripts.
 * <p>
 * The peers come from PyPI ({@code pip install pylutron==0.4.5 pylutron-caseta==0.30.1}) when pip can reach it; else
 * from source trees in {@code --peer-src DIR} ({@code DIR/pylutron}, {@code DIR/pylutron-caseta}), installed with
 * {@code pip install --no-deps --no-build-isolation}, or when that fails (pylutron-caseta builds with hatchling,
 * which may not be installed) put on {@code PYTHONPATH}. A peer that cannot be had has a reason instead, and its row
 * is not measured.
 */
final class PeerPython {

    static final String PYLUTRON = "pylutron";
    static final String CASETA = "pylutron-caseta";
    private static final Map<String, String> PYPI = Map.of(PYLUTRON, "pylutron==0.4.5", CASETA, "pylutron-caseta==0.30.1");
    private static final Map<String, String> MODULE = Map.of(PYLUTRON, "pylutron", CASETA, "pylutron_caseta");
    /** Where each source tree keeps its package: pylutron at its root, pylutron-caseta under src. */
    private static final Map<String, String> SOURCE_ROOT = Map.of(PYLUTRON, "", CASETA, "src");

    final Path scripts;
    final String python;
    final Map<String, String> env = new LinkedHashMap<>();
    /** Per peer: how it was had (version, where from), or null. */
    final Map<String, String> how = new LinkedHashMap<>();
    /** Per peer that is missing: why. */
    final Map<String, String> missing = new LinkedHashMap<>();
    private final Path log;

    private PeerPython(Path scripts, String python, Path log) {
        this.scripts = scripts;
        this.python = python;
        this.log = log;
    }

    /** Sets the venv and the peers up; never fails: what is missing has a reason. */
    static PeerPython setUp(Path peerSrc, Path out) throws InterruptedException {
        Path scripts = scripts();
        Path log = out.resolve("peers-setup.log");
        Path venv = Path.of("target", "peers-venv").toAbsolutePath();
        Path venvPython = venv.resolve("bin").resolve("python");
        PeerPython p = new PeerPython(scripts, venvPython.toString(), log);
        try {
            Files.deleteIfExists(log);
            if (!Files.isExecutable(venvPython)) {
                System.out.println("  making " + venv + " (python3 -m venv --system-site-packages)");
                if (run(log, 120, "python3", "-m", "venv", "--system-site-packages", venv.toString()) != 0) {
                    return p.allMissing("python3 -m venv failed (see " + log + ")");
                }
            }
        } catch (IOException e) {
            return p.allMissing("no python3: " + e.getMessage());
        }
        List<String> pythonPath = new ArrayList<>();
        for (String peer : List.of(PYLUTRON, CASETA)) {
            p.setUpPeer(peer, peerSrc, pythonPath);
        }
        if (!pythonPath.isEmpty()) {
            p.env.put("PYTHONPATH", String.join(File.pathSeparator, pythonPath));
            // the PYTHONPATH fallback: check again with it
            for (String peer : List.of(PYLUTRON, CASETA)) {
                if (p.how.get(peer) == null && p.missing.get(peer) == null) {
                    String v = p.version(peer);
                    if (v != null) {
                        p.how.put(peer, v + ", on PYTHONPATH from " + peerSrc.resolve(peer));
                    } else {
                        p.missing.put(peer, "not importable from " + peerSrc.resolve(peer) + " (see " + log + ")");
                    }
                }
            }
        }
        return p;
    }

    private void setUpPeer(String peer, Path peerSrc, List<String> pythonPath) throws InterruptedException {
        String v = version(peer);
        if (v != null) {
            how.put(peer, v + ", already in the venv");
            return;
        }
        String pipReason;
        try {
            int rc = run(log, 300, python, "-m", "pip", "install", "--disable-pip-version-check", PYPI.get(peer));
            if (rc == 0 && (v = version(peer)) != null) {
                how.put(peer, v + ", pip install " + PYPI.get(peer));
                return;
            }
            pipReason = "pip install " + PYPI.get(peer) + " failed (no package index with it; see " + log + ")";
        } catch (IOException e) {
            pipReason = "pip: " + e.getMessage();
        }
        if (peerSrc == null) {
            missing.put(peer, pipReason + ", and no --peer-src DIR with a " + peer + " source tree");
            return;
        }
        Path tree = peerSrc.resolve(peer).toAbsolutePath();
        if (!Files.isDirectory(tree)) {
            missing.put(peer, pipReason + ", and no " + tree);
            return;
        }
        try {
            int rc = run(log, 300, python, "-m", "pip", "install", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", tree.toString());
            if (rc == 0 && (v = version(peer)) != null) {
                how.put(peer, v + ", pip install --no-deps --no-build-isolation " + tree);
                return;
            }
        } catch (IOException e) {
            // to PYTHONPATH
        }
        String root = SOURCE_ROOT.get(peer);
        pythonPath.add(root.isEmpty() ? tree.toString() : tree.resolve(root).toString());
    }

    /** The peer's version and file as its import gives them, or null when it does not import. */
    private String version(String peer) throws InterruptedException {
        // installed: its metadata; a source tree on PYTHONPATH: the version its pyproject.toml says, and its git
        // commit when it is a checkout
        String code = "import importlib, importlib.metadata as m, os, re, subprocess\n"
                      + "mod = importlib.import_module('" + MODULE.get(peer) + "')\n"
                      + "try:\n    v = m.version('" + peer + "')\nexcept Exception:\n    v = 'version unknown'\n"
                      + "    d = os.path.dirname(os.path.abspath(mod.__file__))\n"
                      + "    for _ in range(3):\n"
                      + "        d = os.path.dirname(d)\n"
                      + "        pp = os.path.join(d, 'pyproject.toml')\n"
                      + "        if os.path.exists(pp):\n"
                      + "            f = re.search(r'^version\\s*=\\s*\"([^\"]+)\"', open(pp).read(), re.M)\n"
                      + "            if f:\n                v = 'source tree, pyproject.toml version ' + f.group(1)\n"
                      + "            break\n"
                      + "    try:\n"
                      + "        c = subprocess.run(['git', '-C', os.path.dirname(mod.__file__), 'rev-parse', 'HEAD'],"
                      + " capture_output=True, text=True, timeout=10)\n"
                      + "        if c.returncode == 0:\n            v += ', commit ' + c.stdout.strip()\n"
                      + "    except Exception:\n        pass\n"
                      + "print(v + ',', mod.__file__)\n";
        try {
            Path outFile = Files.createTempFile("peer-version", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(python, "-c", code).redirectOutput(outFile.toFile())
                        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
                pb.environment().putAll(env);
                Process proc = pb.start();
                if (!proc.waitFor(60, TimeUnit.SECONDS)) {
                    proc.destroyForcibly();
                    return null;
                }
                return proc.exitValue() == 0 ? Files.readString(outFile, StandardCharsets.UTF_8).strip() : null;
            } finally {
                Files.deleteIfExists(outFile);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private PeerPython allMissing(String reason) {
        missing.put(PYLUTRON, reason);
        missing.put(CASETA, reason);
        return this;
    }

    boolean has(String peer) {
        return how.get(peer) != null;
    }

    List<String> script(String name, String... args) {
        List<String> command = new ArrayList<>(List.of(python, scripts.resolve(name).toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The scripts, from the module's directory (where exec:exec runs) or from the repository's. */
    static Path scripts() {
        Path here = Path.of("src", "test", "python", "load");
        return (Files.isDirectory(here) ? here : Path.of("camel-lutron").resolve(here)).toAbsolutePath();
    }

    private static int run(Path log, int seconds, String... command) throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!proc.waitFor(seconds, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            return -1;
        }
        return proc.exitValue();
    }
}
