#pragma once

#include <QString>

namespace Tepat {

// The fixed sentences of the PK statement in the form of PermenPAN-RB 53/2014, in one place so
// that every renderer prints the same words. They are Indonesian whatever the interface language:
// officials sign them, so they are the regulation's text, not interface strings to translate.
class PkWording
{
public:
    // "…, kami yang bertanda tangan di bawah ini:"; a kepala daerah signing alone says no "kami".
    static QString opening(bool signsAlone);
    static QString pihakPertamaNamed();
    static QString pihakKeduaNamed();
    // The promise to reach the lampiran's targets: the pihak pertama's, or the kepala daerah's
    // own when signing alone.
    static QString promise(bool signsAlone);
    static QString supervision();
};

} // namespace Tepat
