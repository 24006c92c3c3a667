using System.Net;
using System.Net.Sockets;

namespace SgGrid.Api.Tests.Support;

/// <summary>Free loopback TCP ports for silos and servers started by tests.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
