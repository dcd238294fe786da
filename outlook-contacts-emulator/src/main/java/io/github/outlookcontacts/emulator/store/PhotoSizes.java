package io.github.outlookcontacts.emulator.store;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Microsoft 365's HD sizes of a user photo: an upload is served in every HD size up to its own (a 504x504 upload in
 * all but 648x648), the largest of them by {@code /photo}.
 */
public final class PhotoSizes {

    public static final List<Integer> HD = List.of(48, 64, 96, 120, 240, 360, 432, 504, 648);

    private PhotoSizes() {
    }

    /** The HD edge lengths available for a photo, smallest first; a photo under 48 pixels is served as it is. */
    public static List<Integer> available(Photo photo) {
        int edge = Math.min(photo.width(), photo.height());
        List<Integer> out = new ArrayList<>();
        for (int s : HD) {
            if (s <= edge) {
                out.add(s);
            }
        }
        return out;
    }

    /** The edge length named by a size segment such as {@code 240x240} (case-insensitive), or -1 if not an HD size. */
    public static int parse(String size) {
        String s = size.toLowerCase(Locale.ROOT);
        int x = s.indexOf('x');
        if (x <= 0 || !s.substring(0, x).equals(s.substring(x + 1))) {
            return -1;
        }
        try {
            int edge = Integer.parseInt(s.substring(0, x));
            return HD.contains(edge) ? edge : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The photo rescaled to {@code edge} x {@code edge} JPEG, as Microsoft 365 serves sizes; as is if unreadable. */
    public static Photo scaled(Photo photo, int edge) {
        if (photo.width() == edge && photo.height() == edge) {
            return photo;
        }
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(photo.data()));
            if (source == null) {
                return photo;
            }
            BufferedImage target = new BufferedImage(edge, edge, BufferedImage.TYPE_INT_RGB);
            target.getGraphics().drawImage(source.getScaledInstance(edge, edge, Image.SCALE_SMOOTH), 0, 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(target, "jpg", out);
            return new Photo(out.toByteArray(), "image/jpeg", edge, edge);
        } catch (IOException | RuntimeException e) {
            return photo;
        }
    }
}
