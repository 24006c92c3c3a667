namespace SgGrid.Domain.Networks;

/// <summary>What <see cref="AddressPool.TryClaim"/> did with a requested address.</summary>
public enum AddressClaim
{
    Claimed,
    OutsideBlock,
    Reserved,
    Taken,
}
