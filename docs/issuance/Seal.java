// Draws src/main/resources/issuance/seal.png (the demo ministry seal): java docs/issuance/Seal.java <Amiri-Bold.ttf> <out.png>
import java.awt.*;
import java.awt.font.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class Seal {
    public static void main(String[] a) throws Exception {
        int s = 360;
        var img = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        // opaque on white: an image without alpha is cheaper to embed and simpler for PDF/A
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, s, s);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        var green = new Color(0x0b, 0x5d, 0x3b);
        g.setColor(green);
        g.setStroke(new BasicStroke(10f));
        g.draw(new Ellipse2D.Double(10, 10, s - 20, s - 20));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Double(34, 34, s - 68, s - 68));
        g.draw(new Ellipse2D.Double(92, 92, s - 184, s - 184));
        // an eight-pointed star in the middle
        var star = new Path2D.Double();
        double cx = s / 2.0, cy = s / 2.0;
        for (int i = 0; i < 16; i++) {
            double r = i % 2 == 0 ? 62 : 30, t = Math.PI * i / 8 - Math.PI / 2;
            if (i == 0) star.moveTo(cx + r * Math.cos(t), cy + r * Math.sin(t)); else star.lineTo(cx + r * Math.cos(t), cy + r * Math.sin(t));
        }
        star.closePath();
        g.fill(star);
        var amiri = Font.createFont(Font.TRUETYPE_FONT, new File(a[0])).deriveFont(Font.BOLD, 34f);
        var frc = g.getFontRenderContext();
        // Arabic on the top arc, English on the bottom arc
        textOnArc(g, amiri, "وزارة الداخلية", cx, cy, 120, -Math.PI / 2, true);
        textOnArc(g, amiri.deriveFont(24f), "MINISTRY OF INTERIOR", cx, cy, 118, Math.PI / 2, false);
        g.dispose();
        ImageIO.write(img, "png", new File(a[1]));
    }

    static void textOnArc(Graphics2D g, Font font, String text, double cx, double cy, double r, double centre, boolean top) {
        var layout = new TextLayout(text, font, g.getFontRenderContext());
        var outline = layout.getOutline(null);
        var bounds = outline.getBounds2D();
        double arc = bounds.getWidth() / r;
        // bend the visual outline along the arc glyph by glyph is complex: place the whole shaped line
        // in small vertical slices instead, each rotated to its angle on the circle
        int slices = 120;
        for (int i = 0; i < slices; i++) {
            double x0 = bounds.getX() + bounds.getWidth() * i / slices, w = bounds.getWidth() / slices;
            double mid = x0 + w / 2 - bounds.getCenterX();
            double angle = top ? centre + mid / r : centre - mid / r;
            var at = new AffineTransform();
            at.translate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
            at.rotate(top ? angle + Math.PI / 2 : angle - Math.PI / 2);
            at.translate(-(x0 + w / 2), top ? bounds.getHeight() / 2 - bounds.getMaxY() + 0 : -bounds.getCenterY());
            var clip = new Area(new Rectangle2D.Double(x0 - 0.3, bounds.getY() - 2, w + 0.6, bounds.getHeight() + 4));
            var piece = new Area(outline);
            piece.intersect(clip);
            g.fill(at.createTransformedShape(piece));
        }
    }
}
