#pragma once

#include "store/RecoveryEntry.h"

#include <QCoreApplication>

class QWidget;

namespace Tepat {

// The question after a crash: unsaved work from a given time was found for a file (or for a
// workspace never saved, or for a file that no longer exists); restore it, discard it, or decide
// later (it is offered again at the next start and when its file is opened).
class RecoveryDialog
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RecoveryDialog)

public:
    enum class Choice { Restore, Discard, Later };

    static Choice ask(QWidget *parent, const RecoveryEntry &entry);
    // "Unsaved work from 3 December 2026, 17:42 was found." in the language shown.
    static QString headline(const RecoveryEntry &entry);
    // What the work belongs to and what Restore does with it.
    static QString details(const RecoveryEntry &entry);
    // The time of the copy, local, in the language shown.
    static QString when(const QDateTime &savedAt);
};

} // namespace Tepat
