import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small real PDFs for the mission node benchmark: GeneratePdfs DIR FIRST COUNT [TAG [IMAGE_KB]] writes DIR/doc-N.pdf for
 * N in FIRST..FIRST+COUNT-1, two pages of text each, different for every N and TAG (so every file has its own SHA-256,
 * as real guidance would, and the node cannot share one blob among them). IMAGE_KB adds to the first page an image of
 * random pixels of about that many kilobytes: a file as large as wanted that no compression shrinks, whose text
 * stays small (the mission node check pulls such a file while headquarters restarts).
 */
public final class GeneratePdfs {

    private static final String[] WORDS = {"convoy", "patrol", "ceasefire", "monitoring", "civilians", "protection",
        "mandate", "logistics", "sector", "checkpoint", "report", "briefing", "liaison", "disarmament", "mission",
        "headquarters", "field", "security", "council", "guidance"};

    private GeneratePdfs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        String tag = args.length > 3 ? args[3] : "v1";
        int imageKb = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int n = first; n < first + count; n++) {
            try (PDDocument pdf = new PDDocument()) {
                for (int page = 0; page < 2; page++) {
                    PDPage p = new PDPage();
                    pdf.addPage(p);
                    try (PDPageContentStream text = new PDPageContentStream(pdf, p)) {
                        text.beginText();
                        text.setFont(font, 11);
                        text.setLeading(14);
                        text.newLineAtOffset(60, 720);
                        text.showText("Benchmark guidance " + n + " (" + tag + "), page " + (page + 1));
                        for (int line = 0; line < 40; line++) {
                            text.newLine();
                            text.showText(sentence(n, tag.hashCode(), page * 40 + line));
                        }
                        text.endText();
                        if (page == 0 && imageKb > 0) {
                            PDImageXObject noise = LosslessFactory.createFromImage(pdf, noise(imageKb, n + tag.hashCode()));
                            text.drawImage(noise, 60, 60, 200, 200);
                        }
                    }
                }
                pdf.save(dir.resolve("doc-" + n + ".pdf").toFile());
            }
        }
    }

    /** A square RGB image of random pixels, about {@code kb} kilobytes of incompressible data. */
    private static BufferedImage noise(int kb, long seed) {
        int side = (int) Math.ceil(Math.sqrt(kb * 1024 / 3.0));
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static String sentence(int n, int tag, int line) {
        StringBuilder s = new StringBuilder();
        long x = (n * 7919L + tag) * 31 + line;
        for (int w = 0; w < 12; w++) {
            x = (x * 6364136223846793005L + 1442695040888963407L);
            s.append(WORDS[(int) ((x >>> 33) % WORDS.length)]).append(' ');
        }
        return s.toString();
    }
}
