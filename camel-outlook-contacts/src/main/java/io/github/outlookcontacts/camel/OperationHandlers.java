package io.github.outlookcontacts.camel;

import java.util.EnumMap;
import java.util.Map;

import io.github.outlookcontacts.camel.producer.BatchUpsert;
import io.github.outlookcontacts.camel.producer.CollectionHandler;
import io.github.outlookcontacts.camel.producer.ContactHandler;
import io.github.outlookcontacts.camel.producer.DryRunCollections;
import io.github.outlookcontacts.camel.producer.DryRunHandler;
import io.github.outlookcontacts.camel.producer.ExtensionHandler;
import io.github.outlookcontacts.camel.producer.FolderHandler;
import io.github.outlookcontacts.camel.producer.ListHandler;
import io.github.outlookcontacts.camel.producer.OperationHandler;
import io.github.outlookcontacts.camel.producer.PhotoHandler;
import io.github.outlookcontacts.camel.producer.ProducerContext;
import io.github.outlookcontacts.camel.producer.UpsertHandler;
import io.github.outlookcontacts.camel.producer.UserPhotoHandler;

/**
 * Builds, once, the handler of every producer operation: one handler class per group of operations.
 */
final class OperationHandlers {

    private final Map<OutlookContactsOperation, OperationHandler> single = new EnumMap<>(OutlookContactsOperation.class);
    private final Map<OutlookContactsOperation, OperationHandler> collections
            = new EnumMap<>(OutlookContactsOperation.class);

    OperationHandlers(ProducerContext ctx) {
        ContactHandler contacts = new ContactHandler(ctx);
        UpsertHandler upserts = new UpsertHandler(ctx);
        ListHandler lists = new ListHandler(ctx);
        FolderHandler folders = new FolderHandler(ctx);
        PhotoHandler photos = new PhotoHandler(ctx);
        UserPhotoHandler userPhotos = new UserPhotoHandler(ctx);
        ExtensionHandler extensions = new ExtensionHandler(ctx);
        single.put(OutlookContactsOperation.create, contacts::create);
        single.put(OutlookContactsOperation.get, contacts::get);
        single.put(OutlookContactsOperation.update, contacts::update);
        single.put(OutlookContactsOperation.delete, contacts::delete);
        single.put(OutlookContactsOperation.upsert, upserts::upsert);
        single.put(OutlookContactsOperation.list, lists::list);
        single.put(OutlookContactsOperation.listFolders, folders::listFolders);
        single.put(OutlookContactsOperation.getFolder, folders::getFolder);
        single.put(OutlookContactsOperation.createFolder, folders::createFolder);
        single.put(OutlookContactsOperation.deleteFolder, folders::deleteFolder);
        single.put(OutlookContactsOperation.getPhoto, photos::getPhoto);
        single.put(OutlookContactsOperation.getPhotoMetadata, photos::getPhotoMetadata);
        single.put(OutlookContactsOperation.setPhoto, photos::setPhoto);
        single.put(OutlookContactsOperation.getUserPhoto, userPhotos::getUserPhoto);
        single.put(OutlookContactsOperation.getUserPhotoMetadata, userPhotos::getUserPhotoMetadata);
        single.put(OutlookContactsOperation.setUserPhoto, userPhotos::setUserPhoto);
        single.put(OutlookContactsOperation.createExtension, extensions::create);
        single.put(OutlookContactsOperation.getExtension, extensions::get);
        single.put(OutlookContactsOperation.updateExtension, extensions::update);
        single.put(OutlookContactsOperation.deleteExtension, extensions::delete);

        CollectionHandler batch = new CollectionHandler(ctx);
        BatchUpsert batchUpsert = new BatchUpsert(ctx);
        collections.put(OutlookContactsOperation.create, batch::create);
        collections.put(OutlookContactsOperation.upsert, batchUpsert::upsert);
        collections.put(OutlookContactsOperation.delete, batch::delete);
        if (ctx.options().isDryRun()) {
            replaceWritesWithDryRun(ctx, upserts, folders);
        }
    }

    /** dryRun=true: every write operation reports instead of writing; reads stay as they are. */
    private void replaceWritesWithDryRun(ProducerContext ctx, UpsertHandler upserts, FolderHandler folders) {
        DryRunHandler dry = new DryRunHandler(ctx, upserts, folders);
        single.put(OutlookContactsOperation.create, dry::create);
        single.put(OutlookContactsOperation.update, dry::update);
        single.put(OutlookContactsOperation.delete, dry::delete);
        single.put(OutlookContactsOperation.upsert, dry::upsert);
        single.put(OutlookContactsOperation.createFolder, dry::createFolder);
        single.put(OutlookContactsOperation.deleteFolder, dry::deleteFolder);
        single.put(OutlookContactsOperation.setPhoto, dry::setPhoto);
        single.put(OutlookContactsOperation.setUserPhoto, dry::setUserPhoto);
        DryRunCollections dryBatch = new DryRunCollections(ctx, dry);
        collections.put(OutlookContactsOperation.create, dryBatch::create);
        collections.put(OutlookContactsOperation.upsert, dryBatch::upsert);
        collections.put(OutlookContactsOperation.delete, dryBatch::delete);
    }

    /** Handlers for a single contact / folder / photo, by operation. */
    Map<OutlookContactsOperation, OperationHandler> single() {
        return single;
    }

    /** Handlers for a Collection body (create, upsert, delete). */
    Map<OutlookContactsOperation, OperationHandler> collections() {
        return collections;
    }
}
