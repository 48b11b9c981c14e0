#pragma once

namespace Tepat {

// A cell of an item view being typed holds its text in the editor until Enter or until the
// focus leaves it. Save, and the question about unsaved changes, must see what the user sees:
// they commit that cell first, as a click elsewhere would.
class PendingCellEdit
{
public:
    // Commits the cell the keyboard focus is typing in, if any; true when there was one.
    static bool commit();
};

} // namespace Tepat
