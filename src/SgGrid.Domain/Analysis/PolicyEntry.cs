namespace SgGrid.Domain.Analysis;

/// <summary>
/// One entry of a directional policy in evaluation order with the packets it matches (within the analysis' packet
/// universe) and its verdict; <see cref="Index"/> is the rule's, platform entry's or trusting group's position, as in
/// <see cref="Evaluation.FilterDecision.Index"/>.
/// </summary>
public sealed record PolicyEntry(PolicyEntryKind Kind, int Index, bool Allows, PacketRegion Matches);
