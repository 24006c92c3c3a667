namespace SgGrid.Domain.Analysis;

/// <summary>An entry of a policy by kind and index (a rule's position, a platform entry's, a trusting group's; -1 for the TCP 25 block and the default).</summary>
public readonly record struct PolicyEntryRef(PolicyEntryKind Kind, int Index);
