#pragma once

#include "document/commands/ImportSheetCommand.h"
#include "model/Cascade.h"

#include <functional>

namespace Tepat {

class WorkspaceDocument;

// The edits a user means, each one undo step, as the document offers them to views (Tiled's
// MapDocument, Okular's Document): each builds the command that carries it out and pushes it on
// the document's undo stack, so that no widget builds a command by hand. New objects get their
// ids here. An edit that would change nothing pushes nothing, so no empty step appears in the
// history; an edit on an id that is gone does nothing either.
class WorkspaceEdits
{
public:
    // Whether an edit of a field joins the step before it: typing into one field is one step
    // (Typing), while a table cell, a checkbox or a paste is a step of its own (Never).
    enum class Merge { Typing, Never };

    explicit WorkspaceEdits(WorkspaceDocument *document);

    // Adds an indicator with the given fields (id and owner are set here) under a plan item, at a
    // position among its indicators (-1: last). Returns its id, 0 if the owner is not an item.
    qint64 addIndicator(qint64 ownerId, int position = -1, Indicator fields = {});
    // Adds an empty indicator next to an object: right after an indicator, or last under a plan
    // item. Returns its id, 0 next to anything else.
    qint64 addIndicatorAfter(qint64 objectId);
    // Adds a plan item of the kind its parent takes (Cascade::childKindUnder) as the parent's last
    // child. Returns its id, 0 where nothing can be added.
    qint64 addChildItem(qint64 parentId);
    // Adds an OPD right after another one (0: last). Returns its id.
    qint64 addOpd(const QString &name, qint64 afterOpdId = 0);
    // Adds a PK without sasaran, drafted by PkDraft. Returns its id, 0 if the cascade refused it.
    qint64 addPk(qint64 opdId, PkDocument::Level level, int year);
    // A copy of a PK for the following year (DuplicatePkCommand). Returns its id, 0 for no PK.
    qint64 duplicatePk(qint64 pkId);
    // A reviewer's comment on an object, made now. Returns its id, 0 for no object or no text.
    qint64 addComment(qint64 objectId, const QString &author, const QString &text);
    // Puts the rows of a sheet into a Renstra or a PK as one step (ImportSheetCommand); nothing
    // changes when the plan is refused, and the error says why.
    Result<void> importSheet(const ImportPlan &plan,
                             const ImportSheetCommand::Target &target,
                             const QString &sourceName);

    // Removes an indicator, a plan item, an OPD, a PK or a comment with everything under it and
    // the links into it, which undo restores. False for an unknown id.
    bool removeObject(qint64 id);
    // Moves an indicator or a plan item delta places among its siblings; false when that is past
    // either end or the id is neither.
    bool moveObject(qint64 id, int delta);

    // Replace an object by an edited copy of it (the same id). field names what changed, for
    // merging; text, when given, names the step in the Edit menu ("Paste targets"). True when a
    // step was pushed.
    bool editIndicator(const Indicator &after,
                       const QString &field,
                       Merge merge = Merge::Typing,
                       const QString &text = {});
    bool editItem(const PlanItem &after,
                  const QString &field,
                  Merge merge = Merge::Typing,
                  const QString &text = {});
    bool editPk(const PkDocument &after,
                const QString &field,
                Merge merge = Merge::Typing,
                const QString &text = {});
    bool editOpd(const Opd &after, const QString &field, Merge merge = Merge::Typing);
    bool editComment(const ReviewComment &after, const QString &field, Merge merge = Merge::Typing);
    // The pemda and the RPJMD period change together: the period's misi are in the same form.
    bool editPemda(const Pemda &pemda, const Periode &periode, const QString &field);
    bool editPrintSettings(const PrintSettings &settings);
    // The realisasi of a PK indicator (field names the cell, for merging), the realisasi anggaran
    // of a PK program row, and how the workspace measures results.
    bool editRealisasi(qint64 indicatorId,
                       const Realisasi &after,
                       const QString &field,
                       Merge merge = Merge::Typing);
    bool editRealisasiAnggaran(qint64 programId,
                               const std::array<std::optional<Decimal>, 4> &after,
                               const QString &field,
                               Merge merge = Merge::Typing);
    bool editMeasureSettings(const MeasureSettings &settings);

    // Runs several of the edits above as one undo step named text ("Paste into PK table").
    void inOneStep(const QString &text, const std::function<void()> &edits);

private:
    // Pushes an edit command unless it would change nothing; names the step when text is given.
    template<typename Command, typename T>
    bool pushEdit(
        const T *before, const T &after, const QString &field, Merge merge, const QString &text);

    WorkspaceDocument *m_document;
};

} // namespace Tepat
