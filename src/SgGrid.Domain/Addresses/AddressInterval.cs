namespace SgGrid.Domain.Addresses;

/// <summary>An inclusive range of address values of one family: <c>First ≤ a ≤ Last</c>.</summary>
public readonly record struct AddressInterval(UInt128 First, UInt128 Last)
{
    public static AddressInterval Of(IpCidr cidr) => new(cidr.First, cidr.Last);

    public bool Contains(UInt128 value) => value >= First && value <= Last;
}
