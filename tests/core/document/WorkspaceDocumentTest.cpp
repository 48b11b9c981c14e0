#include "document/WorkspaceDocument.h"

#include "document/commands/AddIndicatorCommand.h"
#include "document/commands/EditIndicatorCommand.h"
#include "document/commands/RemoveItemCommand.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"
#include "support/UiTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

std::unique_ptr<WorkspaceDocument> openCopy(const QTemporaryDir &dir)
{
    Result<std::unique_ptr<WorkspaceDocument>> document
        = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(document);
    return std::move(*document);
}

bool hasRule(const QList<Finding> &findings, const QString &ruleId)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.ruleId == ruleId;
    });
}

} // namespace

TEST_CASE("Typing into one field is one undo step and findings follow every keystroke",
          "[WorkspaceDocument]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    REQUIRE(pick.pkId != 0);
    const QString original = document->cascade().indicator(pick.second)->text;
    const QString duplicate = document->cascade().indicator(pick.first)->text;
    QSignalSpy findingsChanged(document.get(), &WorkspaceDocument::findingsChanged);
    REQUIRE_FALSE(
        hasRule(document->checker().findingsFor(pick.pkId), QStringLiteral("duplicate-indicator")));

    // Type the text of the first indicator into the second, one keystroke at a time.
    for (int length = 1; length <= duplicate.size(); ++length) {
        Indicator after = *document->cascade().indicator(pick.second);
        after.text = duplicate.left(length);
        document->undoStack()->push(
            new EditIndicatorCommand(document.get(), after, QStringLiteral("text")));
    }
    CHECK(document->undoStack()->count() == 1);
    CHECK(
        hasRule(document->checker().findingsFor(pick.pkId), QStringLiteral("duplicate-indicator")));
    CHECK(findingsChanged.count() == duplicate.size());
    CHECK(document->isModified());

    document->undoStack()->undo();
    CHECK(document->cascade().indicator(pick.second)->text == original);
    CHECK_FALSE(
        hasRule(document->checker().findingsFor(pick.pkId), QStringLiteral("duplicate-indicator")));
    CHECK_FALSE(document->isModified());
    document->undoStack()->redo();
    CHECK(hasRule(document->findings(), QStringLiteral("duplicate-indicator")));
}

TEST_CASE("The incremental findings equal a full check after edits, deletions and undo",
          "[WorkspaceDocument]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    const qint64 sasaran = document->cascade().indicator(pick.first)->ownerId;
    Indicator after = *document->cascade().indicator(pick.first);
    after.satuan.clear();
    after.targets.clear();
    document->undoStack()->push(
        new EditIndicatorCommand(document.get(), after, QStringLiteral("satuan")));
    document->undoStack()->push(new RemoveItemCommand(document.get(), sasaran));
    const auto compare = [&] {
        Checker full(document->cascade().checkSettings());
        full.checkAll(document->cascade());
        QList<Finding> expected = full.findings();
        QList<Finding> actual = document->findings();
        const auto order = [](const Finding &a, const Finding &b) {
            return std::tie(a.objectId, a.ruleId, a.field)
                < std::tie(b.objectId, b.ruleId, b.field);
        };
        std::sort(expected.begin(), expected.end(), order);
        std::sort(actual.begin(), actual.end(), order);
        CHECK(actual == expected);
    };
    compare();
    CHECK(document->cascade().checkLinks());
    document->undoStack()->undo();
    compare();
    document->undoStack()->undo();
    compare();
}

TEST_CASE("A read-only workspace refuses Save but Save As writes a copy", "[WorkspaceDocument]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const QString path = document->path();
    document.reset(); // releases the lock
    QFile::setPermissions(path, QFile::ReadOwner);
    Result<std::unique_ptr<WorkspaceDocument>> reopened = WorkspaceDocument::open(path);
    REQUIRE(reopened);
    auto &readOnly = *reopened;
    CHECK(readOnly->isReadOnly());
    const Result<void> refused = readOnly->save();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::ReadOnly);
    const QString copy = dir.filePath(QStringLiteral("copy.tepat"));
    REQUIRE(readOnly->saveAs(copy));
    CHECK(readOnly->path() == copy);
    CHECK_FALSE(readOnly->isReadOnly());
    CHECK(WorkspaceFile::load(copy));
}

TEST_CASE("Adding an indicator reports it under its owner and undo takes it away again",
          "[WorkspaceDocument]")
{
    QTemporaryDir dir;
    auto document = openCopy(dir);
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    const qint64 owner = document->cascade().indicator(pick.first)->ownerId;
    QSignalSpy inserted(document.get(), &WorkspaceDocument::objectInserted);
    QSignalSpy removed(document.get(), &WorkspaceDocument::objectRemoved);
    Indicator indicator;
    indicator.id = document->allocateId();
    indicator.ownerId = owner;
    document->undoStack()->push(new AddIndicatorCommand(document.get(), indicator, 0));
    CHECK(document->cascade().indicatorsOf(owner).first() == indicator.id);
    CHECK(inserted.count() == 1);
    CHECK(hasRule(document->checker().findingsFor(indicator.id), QStringLiteral("satuan-missing")));
    document->undoStack()->undo();
    CHECK_FALSE(document->cascade().indicator(indicator.id));
    CHECK(removed.count() == 1);
    CHECK(document->checker().findingsFor(indicator.id).isEmpty());
}
