using SgGrid.Domain.Evaluation;

namespace SgGrid.Grains.Abstractions.Evaluation;

/// <summary>A <see cref="FilterDecision"/> in 32 bits: bit 31 allowed, bits 28-29 the reason, bits 0-27 the index + 1 (0 for -1).</summary>
public static class PackedDecision
{
    private const uint AllowedBit = 1u << 31;
    private const int ReasonShift = 28;
    private const uint IndexMask = (1u << ReasonShift) - 1;

    public static uint Pack(FilterDecision decision) =>
        (decision.Allowed ? AllowedBit : 0) | ((uint)decision.Reason << ReasonShift) | ((uint)(decision.Index + 1) & IndexMask);

    public static FilterDecision Unpack(uint packed) =>
        new((packed & AllowedBit) != 0, (DecisionReason)((packed >> ReasonShift) & 3), (int)(packed & IndexMask) - 1);

    public static bool Allowed(uint packed) => (packed & AllowedBit) != 0;
}
