package dev.netlint.core.parse.helm;

import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import com.sun.jna.Native;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process that renders one chart: {@link HelmCharts} starts it (same Java, same classes) with CPU-time, memory and
 * output limits, so a chart that loops, recurses or fills memory ends this process and nothing else. It reads one
 * {@link Request} on standard input and writes one framed {@link Reply} on standard output; anything else Helm or the
 * runtime print goes to standard error, which the parent reads only for the reason a worker died.
 */
public final class HelmRenderWorker {

    /** First bytes of a reply, so that a reply is never confused with stray output. */
    static final byte[] MAGIC = "netlint-helm-render-1\n".getBytes(StandardCharsets.US_ASCII);

    /** What to render: the vetted copy of a chart, Helm's native library, values files and {@code --set} pairs. */
    record Request(String chart, String library, List<String> valuesFiles, Map<String, String> sets) {

        void write(OutputStream stream) throws IOException {
            DataOutputStream out = new DataOutputStream(stream);
            writeString(out, chart);
            writeString(out, library);
            out.writeInt(valuesFiles.size());
            for (String values : valuesFiles) {
                writeString(out, values);
            }
            out.writeInt(sets.size());
            for (Map.Entry<String, String> set : sets.entrySet()) {
                writeString(out, set.getKey());
                writeString(out, set.getValue());
            }
            out.flush();
        }

        static Request read(InputStream stream) throws IOException {
            DataInputStream in = new DataInputStream(stream);
            String chart = readString(in);
            String library = readString(in);
            List<String> values = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                values.add(readString(in));
            }
            Map<String, String> sets = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                sets.put(readString(in), readString(in));
            }
            return new Request(chart, library, values, sets);
        }
    }

    /** Helm's output ({@code ok}) or its error message. */
    record Reply(boolean ok, String text) {}

    private HelmRenderWorker() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream replies = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        System.setOut(System.err); // only the reply goes to standard output
        Request request = Request.read(new BufferedInputStream(System.in));
        Reply reply;
        try {
            HelmLib helm = request.library().isEmpty() ? NativeLibrary.getInstance().load()
                    : Native.load(request.library(), HelmLib.class);
            TemplateCommand command = new TemplateCommand(helm, Path.of(request.chart())).withName("netlint");
            for (String values : request.valuesFiles()) {
                command = command.withValuesFile(Path.of(values));
            }
            for (Map.Entry<String, String> set : request.sets().entrySet()) {
                command = command.set(set.getKey(), set.getValue());
            }
            String output = command.call(); // null for a chart with no templates: Helm renders it as empty
            reply = new Reply(true, output == null ? "" : output);
        } catch (RuntimeException | LinkageError e) {
            reply = new Reply(false, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip());
        }
        DataOutputStream out = new DataOutputStream(replies);
        out.write(MAGIC);
        out.writeBoolean(reply.ok());
        byte[] text = reply.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.flush();
        Runtime.getRuntime().halt(0); // no shutdown hooks: the parent removes this worker's files
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("malformed request");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("malformed request");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
