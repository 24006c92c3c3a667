namespace SgGrid.Domain.Analysis;

/// <summary>What an entry of a policy's evaluation order is.</summary>
public enum PolicyEntryKind : byte
{
    /// <summary>The platform's outbound TCP 25 block (egress).</summary>
    PlatformBlock = 0,

    /// <summary>A platform allow entry (decision D2).</summary>
    PlatformAllow = 1,

    /// <summary>Intra-group trust of a basic group with InnerAccessPolicy Accept.</summary>
    IntraGroup = 2,

    /// <summary>A custom rule.</summary>
    Rule = 3,

    /// <summary>The group type's default, matching whatever is left.</summary>
    Default = 4,
}
