package io.github.outlookcontacts.sync;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** maxDeletesPerRound: parsing, and the breaker that opens before a batch would take a round over it. */
class DeleteBreakerTest {

    @Test
    void parsesCountsAndPercentagesAndRejectsTheRest() {
        assertThat(DeleteLimit.parse(" 500 ").allowed(10)).isEqualTo(500);
        assertThat(DeleteLimit.parse("10%").allowed(1000)).isEqualTo(100);
        assertThat(DeleteLimit.parse("2.5%").allowed(1000)).isEqualTo(25);
        assertThat(DeleteLimit.parse("10%").toString()).isEqualTo("10%");
        assertThat(DeleteLimit.parse(null)).isNull();
        assertThat(DeleteLimit.parse(" ")).isNull();
        for (String bad : new String[] { "ten", "-1", "101%", "%", "1e3" }) {
            assertThatThrownBy(() -> DeleteLimit.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxDeletesPerRound='" + bad + "'");
        }
    }

    @Test
    void opensBeforeTheBatchThatWouldExceedTheRoundAndStaysOpenUntilConfirmed() {
        DeleteBreaker breaker = new DeleteBreaker(DeleteLimit.parse("10%"));
        long[] known = { 100 };
        assertThat(breaker.admit(6, () -> known[0])).isTrue();
        known[0] = 94; // the base is the folder before the round's deletes
        assertThat(breaker.admit(4, () -> known[0])).isTrue();
        assertThat(breaker.admit(1, () -> known[0])).isFalse();
        assertThat(breaker.isOpen()).isTrue();
        assertThat(breaker.reason()).contains("more than 10 deletes", "maxDeletesPerRound=10% of 100 contacts",
                "10 emitted so far", "confirmDeletes");
        assertThat(breaker.admit(0, () -> known[0])).as("nothing flows while open").isFalse();

        breaker.confirm();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.admit(50, () -> known[0])).isTrue();
        breaker.roundEnded();
        assertThat(breaker.admit(11, () -> 100)).as("the next round is guarded again").isFalse();
    }

    @Test
    void withoutALimitEverythingFlows() {
        DeleteBreaker breaker = new DeleteBreaker(null);
        assertThat(breaker.admit(1_000_000, () -> 0)).isTrue();
        assertThat(breaker.isOpen()).isFalse();
    }
}
