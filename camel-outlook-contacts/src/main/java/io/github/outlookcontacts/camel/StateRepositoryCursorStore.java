package io.github.outlookcontacts.camel;

import java.util.Objects;

import io.github.outlookcontacts.sync.CursorStore;
import org.apache.camel.spi.StateRepository;

/**
 * Lets the sync engine keep its cursor and known contacts in a Camel {@link StateRepository}.
 */
final class StateRepositoryCursorStore implements CursorStore {

    private final StateRepository<String, String> repository;

    StateRepositoryCursorStore(StateRepository<String, String> repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public String get(String key) {
        String value = repository.getState(key);
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void put(String key, String value) {
        repository.setState(key, value);
    }
}
