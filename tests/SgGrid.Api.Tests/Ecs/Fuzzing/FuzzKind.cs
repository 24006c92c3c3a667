namespace SgGrid.Api.Tests.Ecs.Fuzzing;

/// <summary>How a <see cref="FuzzBreak"/> makes a request invalid; each kind's values are all invalid for the parameter.</summary>
internal enum FuzzKind
{
    /// <summary>The required parameter is left out (or sent empty).</summary>
    Missing,

    /// <summary>A region the emulator does not serve.</summary>
    Region,

    /// <summary>An id that names nothing of the tenant's: garbage, unknown but well shaped, another tenant's, huge.</summary>
    Id,

    Bool,

    /// <summary>Not an integer of [Min, Max].</summary>
    Number,

    Cidr,

    /// <summary>Breaks ECS's naming rule (2-128 characters, a letter first, letters, digits, : _ . -).</summary>
    Name,

    /// <summary>Shorter than Min or longer than Max characters.</summary>
    Text,

    /// <summary>Not one of the enumeration's values.</summary>
    Choice,

    /// <summary>Not a JSON array of strings.</summary>
    JsonList,

    /// <summary>Not a TCP port range.</summary>
    PortRange,

    /// <summary>Not a protocol.</summary>
    Protocol,

    /// <summary>Not an IP address of the expected family, or outside the vSwitch.</summary>
    Address,

    /// <summary>Entries of the (read) list parameter with indexes that are not positive integers.</summary>
    Indexes,

    /// <summary>Adds <see cref="FuzzBreak.Value"/> for <see cref="FuzzBreak.Parameter"/>: a contradiction or a value known to be refused.</summary>
    Add,
}
