#include "sign/PdfRevisionCheck.h"

namespace Tepat {

namespace {

PdfObject without(PdfObject dictionary, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        dictionary.remove(key);
    return dictionary;
}

bool sameExcept(const PdfObject &a, const PdfObject &b, std::initializer_list<const char *> keys)
{
    return without(a, keys).serialize() == without(b, keys).serialize();
}

} // namespace

bool PdfRevisionCheck::isSignatureFieldOrWidget(const PdfStructure &structure,
                                                const PdfObject &object)
{
    const PdfObject dictionary = structure.resolve(object);
    if (dictionary.value("FT").isName("Sig"))
        return true;
    if (!dictionary.value("Subtype").isName("Widget"))
        return false;
    return structure.resolve(dictionary.value("Parent")).value("FT").isName("Sig");
}

std::optional<QString> PdfRevisionCheck::otherChange(const PdfStructure &before,
                                                     const PdfStructure &after)
{
    if (!(after.catalog() == before.catalog()))
        return tr("the document's catalog was replaced");
    if (after.pages() != before.pages())
        return tr("pages were added, removed or reordered");
    const PdfObject catalog = after.object(after.catalog());
    const PdfObject &formEntry = catalog.value("AcroForm");
    const PdfObject form = after.resolve(formEntry);
    const PdfObject &fieldsEntry = form.value("Fields");

    // Items appended to an array must be signature fields or widgets; nothing may go.
    const auto onlyAppended = [&](const PdfObject &old, const PdfObject &now) {
        if (!now.isArray() || (!old.isNull() && !old.isArray()))
            return false;
        const std::vector<PdfObject> &oldItems = old.items();
        const std::vector<PdfObject> &newItems = now.items();
        if (newItems.size() < oldItems.size())
            return false;
        for (size_t i = 0; i < newItems.size(); ++i) {
            if (i < oldItems.size() ? newItems[i].serialize() != oldItems[i].serialize()
                                    : !isSignatureFieldOrWidget(after, newItems[i])) {
                return false;
            }
        }
        return true;
    };

    for (int number : after.objectNumbers()) {
        const qsizetype was = before.offsetOf(number);
        if (was < 0 || was == after.offsetOf(number))
            continue; // new, or untouched
        const PdfObject old = before.object({number, 0});
        const PdfObject now = after.object({number, 0});
        const qsizetype page = after.pages().indexOf(PdfReference {number, 0});
        bool allowed = false;
        if (number == after.catalog().number) {
            allowed = sameExcept(old, now, {"AcroForm"});
            if (allowed && !formEntry.isReference()) {
                const PdfObject oldForm = before.resolve(old.value("AcroForm"));
                allowed = sameExcept(oldForm, now.value("AcroForm"), {"Fields", "SigFlags"})
                    && (fieldsEntry.isReference()
                        || onlyAppended(before.resolve(oldForm.value("Fields")), fieldsEntry));
            }
        } else if (page >= 0) {
            allowed = sameExcept(old, now, {"Annots"})
                && (now.value("Annots").isReference()
                    || onlyAppended(before.resolve(old.value("Annots")), now.value("Annots")));
        } else if (formEntry.isReference() && number == formEntry.toReference().number) {
            allowed = sameExcept(old, now, {"Fields", "SigFlags"})
                && (fieldsEntry.isReference()
                    || onlyAppended(before.resolve(old.value("Fields")), now.value("Fields")));
        } else if (old.isArray()) {
            allowed = onlyAppended(old, now);
        } else if (old.value("FT").isName("Sig")) {
            // A prepared, empty signature field that was signed.
            allowed = sameExcept(old, now, {"V", "AP", "Kids"});
        }
        if (!allowed) {
            return page >= 0 ? tr("page %1 was changed").arg(page + 1)
                             : tr("object %1 was changed").arg(number);
        }
    }
    return std::nullopt;
}

} // namespace Tepat
