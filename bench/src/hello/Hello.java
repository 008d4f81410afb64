/** The JVM floor: starts and exits (compiled on its own by bench/run.sh, run with netlint's JVM flags). */
public final class Hello {
    public static void main(String[] args) {}
}
