#pragma once

#include "model/Cascade.h"

#include <optional>

namespace Tepat {

// Where in a workspace a finding sits, in the words a user recognises: the indicator text or item
// name rather than an id, which alone sends the user searching, and the year of the PK that holds
// the object, by which findings are selected for one year.
class FindingPlace
{
public:
    // The object's text on one line, elided to 60 characters; empty for an unknown id.
    static QString label(const Cascade &cascade, qint64 objectId);
    // The year of the PK holding the object (the PK, its sasaran, their indicators, its program
    // rows); nothing for RPJMD and Renstra objects, which span the whole period.
    static std::optional<int> pkYear(const Cascade &cascade, qint64 objectId);
};

} // namespace Tepat
