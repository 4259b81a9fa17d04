package dev.banter.benchmarks;

/**
 * The JVM flags that let GraalJS compile guest code, for {@code @Fork(jvmArgsAppend = ...)}. Maven writes this file
 * from {@code src/main/java-templates} (resource filtering), so the upgrade module path is the absolute path of this
 * build's {@code target/jvmci}, where the {@code copy-jvmci-compiler} execution copies the compiler jars: the
 * benchmarks jar finds them from any working directory, as long as the build directory stays where it was built.
 */
final class Jit {

    static final String UNLOCK = "-XX:+UnlockExperimentalVMOptions";
    static final String ENABLE_JVMCI = "-XX:+EnableJVMCI";
    static final String UPGRADE_MODULE_PATH = "--upgrade-module-path=${banter.jvmci.dir}";
    static final String QUIET = "-Dpolyglot.engine.WarnInterpreterOnly=false";

    private Jit() {}
}
