package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.sync.CursorStore;
import org.apache.camel.spi.StateRepository;

/**
 * Lets the sync engine keep its cursors in a Camel {@link StateRepository}.
 */
final class StateRepositoryCursorStore implements CursorStore {

    private final StateRepository<String, String> repository;

    StateRepositoryCursorStore(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    @Override
    public String get(String key) {
        return repository.getState(key);
    }

    @Override
    public void put(String key, String value) {
        repository.setState(key, value);
    }
}
