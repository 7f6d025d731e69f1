package org.takatuf.search.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the search index at start when it is empty: rows written by SQL (Flyway, a restore, a new
 * index directory) are not indexed otherwise. Searches wait until this has finished, so the first
 * search after a start never answers from a half-built index.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            List<Class<?>> types = mapping.allIndexedEntities().stream().<Class<?>>map(e -> e.javaClass()).toList();
            long documents = documents(types);
            if (documents == 0) {
                long started = System.nanoTime();
                mapping.scope(types).massIndexer().threadsToLoadObjects(2).startAndWait();
                log.info("Search index was empty: indexed {} documents of {} in {} ms", documents(types),
                        types.stream().map(Class::getSimpleName).toList(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                log.info("Search index holds {} documents", documents);
            }
            ready.complete(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.completeExceptionally(e);
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
            throw e;
        }
    }

    private long documents(List<Class<?>> types) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return Search.session(entityManager).search(types).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            entityManager.close();
        }
    }

    /** Blocks until the start-up indexing has finished (or failed: then searching goes on with what is there). */
    public void awaitReady(Duration timeout) {
        if (ready.isDone()) {
            return;
        }
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Searching before the start-up indexing finished: {}", e.toString());
        }
    }

    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }
}
