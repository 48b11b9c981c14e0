#pragma once

#include "print/PageItem.h"
#include "values/PaperFormat.h"

namespace Tepat {

// One signed document (a PK with its lampiran, or a Pakta Integritas) laid out on pages and ready
// to paint: the result of the pure layout step, with footers and page numbers in place.
struct LaidOutDocument
{
    struct Page
    {
        QList<PageItem> items; // painted in this order
    };

    PaperFormat paper;
    QList<Page> pages;
};

} // namespace Tepat
