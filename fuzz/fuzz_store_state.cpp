// Outside input in the sense that matters: the pack store's state.json, which a power cut, a full
// disk or a technician's editor can leave damaged. The kiosk must tell a damaged file apart
// (StoreState::parse returns nothing) and never crash on it, or it could not even roll back.

#include "fuzzsupport.h"

#include "storestate.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto state = civic::StoreState::parse(civic::fuzz::input(data, size));
    if (!state)
        return 0;
    // What the store does next with a state it read: note a refusal and save it again.
    state->refused(QStringLiteral("fuzz"));
    if (!civic::StoreState::parse(state->toJson()))
        civic::fuzz::fail("a state read from state.json does not read back after saving");
    return 0;
}
