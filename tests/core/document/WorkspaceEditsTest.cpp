#include "document/WorkspaceEdits.h"

#include "document/WorkspaceDocument.h"
#include "support/QtStringMakers.h"
#include "support/SmallCascade.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("A new indicator goes right after the one it is added next to, as one undo step",
          "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade &cascade = document->cascade();
    WorkspaceEdits &edits = document->edits();

    const qint64 between = edits.addIndicatorAfter(42);
    CHECK(cascade.indicatorsOf(41) == QList<qint64> {42, between, 43});
    const qint64 last = edits.addIndicatorAfter(41);
    CHECK(cascade.indicatorsOf(41).last() == last);
    CHECK(document->undoStack()->count() == 2);
    // Next to an OPD or a comment there is no place for an indicator.
    CHECK(edits.addIndicatorAfter(2) == 0);
    CHECK(edits.addIndicatorAfter(70) == 0);
    CHECK(document->undoStack()->count() == 2);

    Indicator fields;
    fields.text = QStringLiteral("Persentase balita gizi buruk");
    const qint64 typed = edits.addIndicator(22, 0, fields);
    CHECK(cascade.indicatorsOf(22).first() == typed);
    CHECK(cascade.indicator(typed)->text == fields.text);
    document->undoStack()->undo();
    CHECK_FALSE(cascade.indicator(typed));
}

TEST_CASE("A child item gets the kind its parent takes, and where none fits nothing is added",
          "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade &cascade = document->cascade();
    WorkspaceEdits &edits = document->edits();

    const qint64 program = edits.addChildItem(21);
    REQUIRE(cascade.item(program));
    CHECK(cascade.item(program)->kind == PlanItem::Kind::Program);
    CHECK(cascade.childItems(21).last() == program);
    const qint64 tujuan = edits.addChildItem(0);
    CHECK(cascade.item(tujuan)->kind == PlanItem::Kind::RpjmdTujuan);
    const qint64 sasaran = edits.addChildItem(50);
    CHECK(cascade.item(sasaran)->kind == PlanItem::Kind::PkSasaran);
    CHECK(document->undoStack()->count() == 3);

    CHECK(edits.addChildItem(24) == 0); // under a sub kegiatan
    CHECK(edits.addChildItem(42) == 0); // under an indicator
    CHECK(document->undoStack()->count() == 3);
}

TEST_CASE("Removing any kind of object is one undo step, and undo restores all of it",
          "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade before = document->cascade();
    WorkspaceEdits &edits = document->edits();

    for (qint64 id : {42, 21, 40, 2, 70}) {
        INFO("object " << id);
        REQUIRE(edits.removeObject(id));
        CHECK_FALSE(document->cascade().objectType(id));
        CHECK(document->cascade().checkLinks());
        CHECK(document->undoStack()->count() == 1);
        document->undoStack()->undo();
        CHECK(document->cascade() == before);
        document->undoStack()->clear();
    }
    CHECK_FALSE(edits.removeObject(999));
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("Moving stops at either end without a step", "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade &cascade = document->cascade();
    WorkspaceEdits &edits = document->edits();

    CHECK_FALSE(edits.moveObject(42, -1));
    CHECK_FALSE(edits.moveObject(20, +1)); // the only tujuan of OPD 2
    CHECK_FALSE(edits.moveObject(2, +1));  // OPDs keep their order
    CHECK(document->undoStack()->count() == 0);

    REQUIRE(edits.moveObject(42, +1));
    CHECK(cascade.indicatorsOf(41) == QList<qint64> {43, 42});
    const qint64 second = edits.addChildItem(0);
    REQUIRE(edits.moveObject(second, -1));
    CHECK(cascade.childItems(0) == QList<qint64> {second, 10});
    document->undoStack()->undo();
    CHECK(cascade.childItems(0) == QList<qint64> {10, second});
}

TEST_CASE("Typing into a field is one step, a cell edit is a step of its own, and an edit that "
          "changes nothing is none",
          "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade &cascade = document->cascade();
    QUndoStack *stack = document->undoStack();
    WorkspaceEdits &edits = document->edits();

    for (const QString &typed :
         {QStringLiteral("J"), QStringLiteral("Ju"), QStringLiteral("Jum")}) {
        Indicator after = *cascade.indicator(30);
        after.text = typed;
        CHECK(edits.editIndicator(after, QStringLiteral("text")));
    }
    CHECK(stack->count() == 1);
    CHECK(cascade.indicator(30)->text == QStringLiteral("Jum"));
    CHECK_FALSE(edits.editIndicator(*cascade.indicator(30), QStringLiteral("text")));

    for (const QString &satuan : {QStringLiteral("%"), QStringLiteral("orang")}) {
        Indicator after = *cascade.indicator(30);
        after.satuan = satuan;
        CHECK(edits.editIndicator(after, QStringLiteral("satuan"), WorkspaceEdits::Merge::Never));
    }
    CHECK(stack->count() == 3);

    PlanItem item = *cascade.item(22);
    item.pagu.insert(2026, Decimal::fromInt(1'250'000'000));
    CHECK(edits.editItem(
        item, QStringLiteral("paste"), WorkspaceEdits::Merge::Never, QStringLiteral("Paste pagu")));
    CHECK(stack->undoText() == QStringLiteral("Paste pagu"));

    // A gone object is not edited.
    Indicator gone = *cascade.indicator(30);
    gone.id = 999;
    CHECK_FALSE(edits.editIndicator(gone, QStringLiteral("text")));

    Pemda pemda = cascade.pemda();
    CHECK_FALSE(edits.editPemda(pemda, cascade.periode(), QStringLiteral("name")));
    pemda.name = QStringLiteral("Kabupaten Deli Serdang");
    CHECK(edits.editPemda(pemda, cascade.periode(), QStringLiteral("name")));
    CHECK(stack->count() == 5);
}

TEST_CASE("Edits run in one step undo together", "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade before = document->cascade();
    WorkspaceEdits &edits = document->edits();

    qint64 sasaran = 0;
    qint64 indicator = 0;
    edits.inOneStep(QStringLiteral("Add PK row"), [&] {
        sasaran = edits.addChildItem(60);
        indicator = edits.addIndicatorAfter(sasaran);
    });
    CHECK(document->cascade().indicatorsOf(sasaran) == QList<qint64> {indicator});
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Add PK row"));
    document->undoStack()->undo();
    CHECK(document->cascade() == before);
}

TEST_CASE("OPDs, PKs and comments are added where the user asked, and a PK copied to the next "
          "year",
          "[WorkspaceEdits]")
{
    auto document = WorkspaceDocument::create(SmallCascade::everyKind());
    const Cascade &cascade = document->cascade();
    WorkspaceEdits &edits = document->edits();

    const qint64 opd = edits.addOpd(QStringLiteral("Dinas Perikanan"), 2);
    REQUIRE(cascade.opd(opd));
    CHECK(cascade.opds().at(1).id == opd);
    CHECK(cascade.opd(opd)->name == QStringLiteral("Dinas Perikanan"));
    CHECK(cascade.opds().last().id == edits.addOpd(QStringLiteral("Bappeda")));

    const qint64 pk = edits.addPk(3, PkDocument::Level::KepalaOpd, 2027);
    REQUIRE(cascade.pk(pk));
    CHECK(cascade.pksOf(3) == QList<qint64> {pk});
    CHECK(edits.addPk(999, PkDocument::Level::KepalaOpd, 2027) == 0); // no such OPD

    const qint64 copy = edits.duplicatePk(40);
    REQUIRE(cascade.pk(copy));
    CHECK(cascade.pk(copy)->year == 2027);
    CHECK(cascade.indicatorsOf(cascade.childItems(copy).first()).size() == 2);
    CHECK(edits.duplicatePk(41) == 0); // a sasaran, not a PK

    const qint64 comment
        = edits.addComment(42, QStringLiteral("Inspektorat"), QStringLiteral("  Naikkan target  "));
    REQUIRE(cascade.comment(comment));
    CHECK(cascade.comment(comment)->text == QStringLiteral("Naikkan target"));
    CHECK(cascade.comment(comment)->at.time().msec() == 0);
    CHECK(edits.addComment(42, QStringLiteral("Inspektorat"), QStringLiteral(" ")) == 0);
    CHECK(edits.addComment(0, QStringLiteral("Inspektorat"), QStringLiteral("Tanpa objek")) == 0);
    CHECK(document->undoStack()->count() == 5);
}
