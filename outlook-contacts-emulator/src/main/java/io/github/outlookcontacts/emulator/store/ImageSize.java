package io.github.outlookcontacts.emulator.store;

/** Reads width and height from PNG and JPEG headers; other formats report Graph's usual 96x96. */
final class ImageSize {

    private ImageSize() {
    }

    static int[] read(byte[] d) {
        try {
            if (d.length >= 24 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
                return new int[] {int32(d, 16), int32(d, 20)};
            }
            if (d.length > 4 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8) {
                int i = 2;
                while (i + 9 < d.length) {
                    if ((d[i] & 0xff) != 0xFF) {
                        i++;
                        continue;
                    }
                    int marker = d[i + 1] & 0xff;
                    int len = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
                    boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                            && marker != 0xCC;
                    if (sof) {
                        int h = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
                        int w = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
                        return new int[] {w, h};
                    }
                    i += 2 + len;
                }
            }
        } catch (RuntimeException ignored) {
            // a truncated header: fall through to the default size
        }
        return new int[] {96, 96};
    }

    private static int int32(byte[] d, int o) {
        return ((d[o] & 0xff) << 24) | ((d[o + 1] & 0xff) << 16) | ((d[o + 2] & 0xff) << 8) | (d[o + 3] & 0xff);
    }
}
