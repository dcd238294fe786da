package io.github.outlookcontacts.camel;

/**
 * Child-JVM writer for the kill -9 test: writes {@code key.<i % 50>} = a large value tagged with {@code i}, and after
 * each write has returned prints {@code acked <i>} on stdout, until it is killed.
 */
public final class StateWriterMain {

    private StateWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFileStateRepository repository = new AtomicFileStateRepository(args[0]);
        repository.start();
        String padding = "x".repeat(20_000); // makes the journal outgrow the snapshot often: compactions too
        for (int i = 0; ; i++) {
            repository.setState("key." + (i % 50), i + ":" + padding);
            System.out.println("acked " + i);
            System.out.flush();
        }
    }
}
