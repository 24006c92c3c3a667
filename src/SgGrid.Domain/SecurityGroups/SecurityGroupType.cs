namespace SgGrid.Domain.SecurityGroups;

/// <summary>Basic (<c>normal</c>) or advanced (<c>enterprise</c>) security group.</summary>
public enum SecurityGroupType : byte
{
    /// <summary>Basic group: outbound allowed by default, intra-group trust per <see cref="InnerAccessPolicy"/>, may reference groups.</summary>
    Normal = 0,

    /// <summary>Advanced group: inbound and outbound denied by default, no intra-group trust, no group references.</summary>
    Enterprise = 1,
}
