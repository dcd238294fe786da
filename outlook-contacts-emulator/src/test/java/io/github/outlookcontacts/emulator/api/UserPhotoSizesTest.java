package io.github.outlookcontacts.emulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** profilephoto-get.md for users: HD sizes up to the upload's, the largest by {@code /photo}, the 1x1 placeholder. */
class UserPhotoSizesTest extends ApiTestSupport {

    private static byte[] jpeg(int edge) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(edge, edge, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aUserWithoutPhotoGetsThePlaceholderMetadataButNoBytes() {
        for (String path : List.of("/v1.0/me/photo", "/v1.0/me/photos/240x240")) {
            Res meta = get(path);
            assertThat(meta.status()).as(path).isEqualTo(200);
            assertThat(meta.json().get("@odata.mediaContentType").asText()).isEqualTo("image/gif");
            assertThat(meta.json().get("@odata.mediaEtag").asText()).isEmpty();
            assertThat(meta.json().get("id").asText()).isEqualTo("1x1");
            assertThat(meta.json().get("width").asInt()).isEqualTo(1);
        }
        assertThat(get("/v1.0/me/photo/$value").status()).isEqualTo(404);
        assertThat(get("/v1.0/me/photos/48x48/$value").status()).isEqualTo(404);
        assertThat(get("/v1.0/me/photos").json().get("value")).isEmpty();
    }

    @Test
    void anUploadIsServedInEveryHdSizeUpToItsOwn() throws Exception {
        assertThat(call("PUT", "/v1.0/me/photo/$value", jpeg(504), Map.of("Content-Type", "image/jpeg")).status())
                .isEqualTo(200);

        List<String> ids = new ArrayList<>();
        get("/v1.0/me/photos").json().get("value").forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).containsExactly("48x48", "64x64", "96x96", "120x120", "240x240", "360x360", "432x432",
                "504x504");

        JsonNode largest = get("/v1.0/me/photo").json();
        assertThat(largest.get("id").asText()).isEqualTo("504x504");
        assertThat(largest.get("@odata.mediaEtag").asText()).matches("\"[0-9A-F]{8}\"");

        Res small = get("/v1.0/me/photos/48X48/$value");
        assertThat(small.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(get("/v1.0/me/photos/96x96").json().get("width").asInt()).isEqualTo(96);

        assertThat(get("/v1.0/me/photos/648x648").json().get("id").asText()).as("above the upload")
                .isEqualTo("1x1");
        assertThat(get("/v1.0/me/photos/648x648/$value").status()).isEqualTo(404);
        assertThat(get("/v1.0/me/photos/50x50").status()).as("not an HD size").isEqualTo(404);
    }
}
