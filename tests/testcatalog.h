#pragma once

#include "catalog.h"
#include "contentstore.h"
#include "testpack.h"

#include <QFileInfo>

#include <memory>

/// The test pack, compiled, opened and wrapped in a Catalog, on a fixed day (2026-06-01) so that
/// validity windows give the same answer every time.
struct TestCatalog {
    TestPack pack;
    civic::ContentStore store;
    std::unique_ptr<Catalog> catalog;

    /// False when the pack cannot be opened.
    bool open()
    {
        const QString database = pack.compile();
        if (!store.open(database, QFileInfo(database).absolutePath()))
            return false;
        store.setToday(QDate(2026, 6, 1));
        catalog = std::make_unique<Catalog>(&store);
        return true;
    }
};
