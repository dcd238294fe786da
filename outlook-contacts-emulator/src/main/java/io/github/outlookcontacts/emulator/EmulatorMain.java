package io.github.outlookcontacts.emulator;

/** Placeholder: command-line entry point of the emulator. */
public final class EmulatorMain {
    private EmulatorMain() {
    }

    public static void main(String[] args) {
        System.out.println("emulator: not implemented yet");
    }
}
